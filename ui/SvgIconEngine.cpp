// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SvgIconEngine.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <utility>

namespace {

/** Splits path data into commands and numbers ("M4-4.5h16" → M, 4, -4.5, h, 16). */
QStringList tokenize(const QString &data)
{
    static const QRegularExpression re(
        QStringLiteral("[MmLlHhVvCcSsQqZz]|[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?"));
    QStringList tokens;
    QRegularExpressionMatchIterator it = re.globalMatch(data);
    while (it.hasNext()) {
        tokens << it.next().captured(0);
    }
    return tokens;
}

QVector<qreal> numbers(const QString &list)
{
    QVector<qreal> out;
    for (const QString &t : tokenize(list)) {
        bool ok = false;
        const qreal v = t.toDouble(&ok);
        if (ok) {
            out << v;
        }
    }
    return out;
}

QColor colourFor(const QString &spec, const QColor &current)
{
    if (spec == QLatin1String("currentColor")) {
        return current;
    }
    return QColor(spec);
}

} // namespace

SvgIconEngine::SvgIconEngine(const QString &fileName)
{
    load(fileName);
}

bool SvgIconEngine::parsePathData(const QString &data, QPainterPath *path)
{
    const QStringList tokens = tokenize(data);
    QChar command;
    int i = 0;
    QPointF current;
    QPointF start;
    QPointF lastControl; // second control point of the previous C/S, for S's reflection
    bool lastWasCubic = false;
    auto number = [&](bool *ok) -> qreal {
        if (i >= tokens.size()) {
            *ok = false;
            return 0;
        }
        return tokens.at(i++).toDouble(ok);
    };
    while (i < tokens.size()) {
        const QString &t = tokens.at(i);
        if (t.size() == 1 && t.at(0).isLetter()) {
            command = t.at(0);
            ++i;
        } else if (command.isNull()) {
            return false;
        }
        const bool relative = command.isLower();
        const char upper = command.toUpper().toLatin1();
        const QPointF base = relative ? current : QPointF();
        bool ok = true;
        switch (upper) {
        case 'M': {
            const qreal x = number(&ok);
            const qreal y = number(&ok);
            current = base + QPointF(x, y);
            start = current;
            path->moveTo(current);
            command = relative ? QLatin1Char('l') : QLatin1Char('L'); // later pairs are line-tos
            break;
        }
        case 'L': {
            const qreal x = number(&ok);
            const qreal y = number(&ok);
            current = base + QPointF(x, y);
            path->lineTo(current);
            break;
        }
        case 'H': {
            const qreal x = number(&ok);
            current.setX(relative ? current.x() + x : x);
            path->lineTo(current);
            break;
        }
        case 'V': {
            const qreal y = number(&ok);
            current.setY(relative ? current.y() + y : y);
            path->lineTo(current);
            break;
        }
        case 'C': {
            QPointF p[3];
            for (QPointF &pt : p) {
                const qreal x = number(&ok);
                const qreal y = number(&ok);
                pt = base + QPointF(x, y);
            }
            path->cubicTo(p[0], p[1], p[2]);
            current = p[2];
            lastControl = p[1];
            break;
        }
        case 'S': {
            // The first control point mirrors the previous curve's second one through the current point.
            const QPointF c1 = lastWasCubic ? 2 * current - lastControl : current;
            QPointF p[2];
            for (QPointF &pt : p) {
                const qreal x = number(&ok);
                const qreal y = number(&ok);
                pt = base + QPointF(x, y);
            }
            path->cubicTo(c1, p[0], p[1]);
            current = p[1];
            lastControl = p[0];
            break;
        }
        case 'Q': {
            QPointF p[2];
            for (QPointF &pt : p) {
                const qreal x = number(&ok);
                const qreal y = number(&ok);
                pt = base + QPointF(x, y);
            }
            path->quadTo(p[0], p[1]);
            current = p[1];
            break;
        }
        case 'Z':
            path->closeSubpath();
            current = start;
            break;
        default:
            return false;
        }
        if (!ok) {
            return false;
        }
        lastWasCubic = upper == 'C' || upper == 'S';
    }
    return true;
}

void SvgIconEngine::load(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        return;
    }
    QXmlStreamReader xml(&file);
    QString inheritedFill = QStringLiteral("none");
    QString inheritedStroke = QStringLiteral("currentColor");
    qreal inheritedWidth = 2;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const QXmlStreamAttributes a = xml.attributes();
        auto attr = [&a](const char *name) { return a.value(QLatin1String(name)).toString(); };
        const QStringView tag = xml.name();
        if (tag == QLatin1String("svg")) {
            const QVector<qreal> vb = numbers(attr("viewBox"));
            if (vb.size() == 4) {
                m_viewBox = QRectF(vb[0], vb[1], vb[2], vb[3]);
            }
            if (a.hasAttribute(QLatin1String("fill"))) {
                inheritedFill = attr("fill");
            }
            if (a.hasAttribute(QLatin1String("stroke"))) {
                inheritedStroke = attr("stroke");
            }
            if (a.hasAttribute(QLatin1String("stroke-width"))) {
                inheritedWidth = attr("stroke-width").toDouble();
            }
            continue;
        }
        Shape s;
        s.fill = a.hasAttribute(QLatin1String("fill")) ? attr("fill") : inheritedFill;
        s.stroke = a.hasAttribute(QLatin1String("stroke")) ? attr("stroke") : inheritedStroke;
        s.strokeWidth
            = a.hasAttribute(QLatin1String("stroke-width")) ? attr("stroke-width").toDouble() : inheritedWidth;
        if (tag == QLatin1String("path")) {
            if (!parsePathData(attr("d"), &s.path)) {
                continue;
            }
        } else if (tag == QLatin1String("rect")) {
            const QRectF r(attr("x").toDouble(), attr("y").toDouble(), attr("width").toDouble(),
                           attr("height").toDouble());
            const qreal rx = attr("rx").toDouble();
            s.path.addRoundedRect(r, rx, rx);
        } else if (tag == QLatin1String("circle")) {
            const qreal r = attr("r").toDouble();
            s.path.addEllipse(QPointF(attr("cx").toDouble(), attr("cy").toDouble()), r, r);
        } else if (tag == QLatin1String("line")) {
            s.path.moveTo(attr("x1").toDouble(), attr("y1").toDouble());
            s.path.lineTo(attr("x2").toDouble(), attr("y2").toDouble());
        } else if (tag == QLatin1String("polyline") || tag == QLatin1String("polygon")) {
            const QVector<qreal> pts = numbers(attr("points"));
            for (int i = 0; i + 1 < pts.size(); i += 2) {
                if (i == 0) {
                    s.path.moveTo(pts[i], pts[i + 1]);
                } else {
                    s.path.lineTo(pts[i], pts[i + 1]);
                }
            }
            if (tag == QLatin1String("polygon")) {
                s.path.closeSubpath();
            }
        } else {
            continue;
        }
        m_shapes << s;
    }
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    const QPalette palette = QApplication::palette();
    QColor current = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                   mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal scale = qMin(rect.width() / m_viewBox.width(), rect.height() / m_viewBox.height());
    painter->translate(rect.x() + (rect.width() - m_viewBox.width() * scale) / 2,
                       rect.y() + (rect.height() - m_viewBox.height() * scale) / 2);
    painter->scale(scale, scale);
    painter->translate(-m_viewBox.topLeft());
    for (const Shape &s : std::as_const(m_shapes)) {
        QColor fill = s.fill == QLatin1String("none") ? QColor() : colourFor(s.fill, current);
        QColor stroke = s.stroke == QLatin1String("none") ? QColor() : colourFor(s.stroke, current);
        if (mode == QIcon::Disabled) {
            // Accent colours fade with the text when the action is unavailable.
            fill.setAlphaF(fill.alphaF() * 0.45);
            stroke.setAlphaF(stroke.alphaF() * 0.45);
        }
        painter->setBrush(fill.isValid() ? QBrush(fill) : Qt::NoBrush);
        if (stroke.isValid() && s.strokeWidth > 0) {
            painter->setPen(QPen(stroke, s.strokeWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        } else {
            painter->setPen(Qt::NoPen);
        }
        painter->drawPath(s.path);
    }
    painter->restore();
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    QPixmap pm(size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    paint(&p, QRect(QPoint(0, 0), size), mode, state);
    return pm;
}

QIconEngine *SvgIconEngine::clone() const
{
    auto *copy = new SvgIconEngine;
    copy->m_shapes = m_shapes;
    copy->m_viewBox = m_viewBox;
    return copy;
}

QString SvgIconEngine::key() const
{
    return QStringLiteral("anvil-svg-subset");
}
