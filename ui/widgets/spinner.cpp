#include "ui/widgets/spinner.h"

#include <QPainter>

namespace lading::ui {

Spinner::Spinner(QWidget* parent)
    : QWidget(parent)
{
    m_timer.setInterval(80);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_step = (m_step + 1) % 12;
        update();
    });
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void Spinner::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(width() / 2.0, height() / 2.0);
    const qreal radius = qMin(width(), height()) / 2.0 - 2;
    QColor color = palette().color(QPalette::WindowText);
    for (int i = 0; i < 12; ++i) {
        color.setAlphaF(0.15 + 0.85 * ((12 + i - m_step) % 12) / 11.0);
        painter.setPen(QPen(color, 2.5, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(0, radius * 0.5), QPointF(0, radius));
        painter.rotate(30);
    }
}

void Spinner::showEvent(QShowEvent*)
{
    m_timer.start();
}
void Spinner::hideEvent(QHideEvent*)
{
    m_timer.stop();
}

} // namespace lading::ui
