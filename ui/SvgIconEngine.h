// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIconEngine>
#include <QPainterPath>
#include <QPen>
#include <QVector>

/**
 * Paints the console's hand-drawn icons (the SVG files in resources/icons) without the Qt SVG module, which
 * Debian ships separately: the icons use a small subset of SVG (path with M L H V C S Q Z, rect,
 * circle, line, polyline, polygon; fill and stroke). "currentColor" takes the palette's text colour
 * at paint time, so the same icon is legible on light and dark palettes and greys out when
 * disabled.
 */
class SvgIconEngine : public QIconEngine
{
public:
    /** Reads `fileName` (a resource path); an unreadable file gives an empty icon. */
    explicit SvgIconEngine(const QString &fileName);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override { return m_shapes.isEmpty(); }

    /** True when the file parsed into at least one shape (tests). */
    bool isValid() const { return !m_shapes.isEmpty(); }

    /** Parses SVG path data ("M4 4h16v16H4z") into a QPainterPath; false on a command it doesn't know. */
    static bool parsePathData(const QString &data, QPainterPath *path);

private:
    struct Shape
    {
        QPainterPath path;
        QString fill; // "none", "currentColor" or a colour name
        QString stroke;
        qreal strokeWidth = 0;
    };

    SvgIconEngine() = default;
    void load(const QString &fileName);

    QVector<Shape> m_shapes;
    QRectF m_viewBox {0, 0, 24, 24};
};
