#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace lading::ui {

// The one way the window shows a point in time to a person: the user's locale, short format, local time.
// The exact UTC form (ISO 8601, "2026-11-22T10:02:43Z") goes in a tooltip where the widget has one, so
// nobody has to guess the time zone. Core keeps timestamps as written; only the UI reformats them.
class DateFormat final
{
public:
    DateFormat() = delete;

    // An RFC 3339 / ISO 8601 timestamp (offsets, "Z", fractional seconds of any length, "t"/"z" or a space
    // as separator), or an invalid QDateTime when the text is not one.
    static QDateTime parse(QStringView text);

    // Locale short format in local time; empty for an invalid time.
    static QString text(const QDateTime& time);
    // As text(QDateTime) for a parsable timestamp; anything else is shown as written (trimmed), since a
    // label that says something odd beats one that says nothing.
    static QString text(const QString& rfc3339);

    // The UTC ISO 8601 form for tooltips ("2026-11-22T10:02:43Z", milliseconds only when there are
    // some); empty for an invalid time.
    static QString utc(const QDateTime& time);
    // As utc(QDateTime) for a parsable timestamp, the text as written otherwise.
    static QString utc(const QString& rfc3339);
};

} // namespace lading::ui
