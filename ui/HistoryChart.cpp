// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/HistoryChart.h"

#include <QLocale>
#include <QPainter>

namespace {

const QColor kIssued(0x3a, 0x7b, 0xd5);
const QColor kFailed(0xd6, 0x45, 0x45);

} // namespace

HistoryChart::HistoryChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void HistoryChart::setHistory(const QList<DashboardOverview::Day> &days)
{
    m_days = days;
    QStringList summary;
    for (const DashboardOverview::Day &d : days) {
        summary << tr("%1: %2 issued, %3 failed validations")
                       .arg(QLocale().toString(d.date, QLocale::ShortFormat))
                       .arg(d.issued)
                       .arg(d.failedValidations);
    }
    setAccessibleDescription(summary.join(QLatin1Char('\n')));
    update();
}

void HistoryChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int legendHeight = fm.height() + 6;
    const int axisHeight = fm.height() + 4;
    const QRect plot = rect().adjusted(fm.horizontalAdvance(QStringLiteral("0000")) + 8, legendHeight, -4, -axisHeight);
    const QColor text = palette().color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.15);

    // Legend
    int x = plot.left();
    for (const auto &[colour, label] :
         {std::pair {kIssued, tr("Certificates issued")}, std::pair {kFailed, tr("Failed validations")}}) {
        p.fillRect(QRect(x, 2 + (fm.height() - 10) / 2, 10, 10), colour);
        x += 14;
        p.setPen(text);
        p.drawText(QPoint(x, 2 + fm.ascent()), label);
        x += fm.horizontalAdvance(label) + 16;
    }

    qint64 highest = 1;
    for (const DashboardOverview::Day &d : std::as_const(m_days)) {
        highest = qMax(highest, qMax(d.issued, d.failedValidations));
    }
    // Four grid steps of a round size (1, 2 or 5 times a power of ten), so the labels are whole.
    constexpr int kSteps = 4;
    qint64 step = 0;
    for (qint64 magnitude = 1; step == 0; magnitude *= 10) {
        for (const qint64 factor : {1, 2, 5}) {
            if (step == 0 && factor * magnitude * kSteps >= highest) {
                step = factor * magnitude;
            }
        }
    }
    const qint64 maximum = step * kSteps;
    for (int i = 0; i <= kSteps; ++i) {
        const int y = plot.bottom() - plot.height() * i / kSteps;
        p.setPen(grid);
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(text);
        p.drawText(QRect(0, y - fm.height() / 2, plot.left() - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   QLocale().toString(step * i));
    }
    if (m_days.isEmpty()) {
        return;
    }
    const qreal slot = qreal(plot.width()) / m_days.size();
    const qreal bar = qMax<qreal>(2, slot * 0.35);
    for (int i = 0; i < m_days.size(); ++i) {
        const DashboardOverview::Day &d = m_days.at(i);
        const qreal left = plot.left() + i * slot + (slot - 2 * bar) / 2;
        const qreal issuedHeight = plot.height() * qreal(d.issued) / maximum;
        const qreal failedHeight = plot.height() * qreal(d.failedValidations) / maximum;
        p.fillRect(QRectF(left, plot.bottom() - issuedHeight, bar, issuedHeight), kIssued);
        p.fillRect(QRectF(left + bar, plot.bottom() - failedHeight, bar, failedHeight), kFailed);
        if (i % qMax(1, int(m_days.size() / 7)) == 0 || i == m_days.size() - 1) {
            p.setPen(text);
            p.drawText(QRectF(plot.left() + i * slot - 20, plot.bottom() + 2, slot + 40, axisHeight),
                       Qt::AlignHCenter | Qt::AlignTop, QLocale().toString(d.date, QStringLiteral("d MMM")));
        }
    }
}
