#include "ui/util/dateformat.h"

#include <QLocale>

namespace lading::ui {

QDateTime DateFormat::parse(QStringView text)
{
    QString normalized = text.trimmed().toString().toUpper(); // RFC 3339 allows "t" and "z"
    if (normalized.size() > 10 && normalized.at(10) == QLatin1Char(' '))
        normalized[10] = QLatin1Char('T'); // RFC 3339 also allows a space between date and time
    if (normalized.size() < 19 || normalized.at(10) != QLatin1Char('T'))
        return {}; // a date alone, or no time at all, is not a point in time
    // Qt's ISO parser reads only milliseconds: cut longer fractions (Go writes nanoseconds) to three digits.
    const qsizetype dot = normalized.indexOf(QLatin1Char('.'), 19);
    if (dot == 19) {
        qsizetype end = dot + 1;
        while (end < normalized.size() && normalized.at(end).isDigit())
            ++end;
        if (end - dot - 1 > 3)
            normalized.remove(dot + 4, end - dot - 4);
    }
    const QDateTime time = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    // Without a zone the time would be read as local, which RFC 3339 never means.
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return {};
    return time;
}

QString DateFormat::text(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString DateFormat::text(const QString& rfc3339)
{
    const QDateTime time = parse(rfc3339);
    return time.isValid() ? text(time) : rfc3339.trimmed();
}

QString DateFormat::utc(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime u = time.toUTC();
    return u.toString(u.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

QString DateFormat::utc(const QString& rfc3339)
{
    const QDateTime time = parse(rfc3339);
    return time.isValid() ? utc(time) : rfc3339.trimmed();
}

} // namespace lading::ui
