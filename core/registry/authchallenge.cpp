#include "core/registry/authchallenge.h"

namespace lading::registry {

namespace {

// RFC 9110 tchar.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

// token68 adds '/' to the token characters it shares with tchar, and may end in '='.
bool isToken68Char(char c)
{
    return isTokenChar(c) || c == '/';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

class Lexer final
{
public:
    explicit Lexer(const QByteArray& text)
        : m_text(text)
    {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : '\0';
    }
    qsizetype pos() const { return m_pos; }
    void setPos(qsizetype pos) { m_pos = pos; }
    void advance() { ++m_pos; }

    void skipSpaces()
    {
        while (!atEnd() && isSpace(peek()))
            ++m_pos;
    }
    void skipSpacesAndCommas()
    {
        while (!atEnd() && (isSpace(peek()) || peek() == ','))
            ++m_pos;
    }
    QByteArray token()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isTokenChar(peek()))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    // A quoted-string with backslash escapes; an unterminated one runs to the end rather than failing.
    QByteArray quoted()
    {
        QByteArray out;
        ++m_pos; // opening quote
        while (!atEnd()) {
            const char c = peek();
            ++m_pos;
            if (c == '"')
                return out;
            if (c == '\\' && !atEnd()) {
                out += peek();
                ++m_pos;
                continue;
            }
            out += c;
        }
        return out;
    }
    // Registries in the wild send unquoted URLs ("realm=https://…"), which are not tokens: take everything
    // up to the next separator so such values still arrive whole.
    QByteArray bareValue()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && peek() != ',' && !isSpace(peek()))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    // Skips whatever does not parse up to the next comma, so one bad parameter costs only itself.
    void skipToComma()
    {
        while (!atEnd() && peek() != ',') {
            if (peek() == '"')
                quoted();
            else
                ++m_pos;
        }
    }

private:
    const QByteArray& m_text;
    qsizetype m_pos = 0;
};

enum class ParamShape
{
    None,
    WithValue,
    Empty
};

// Whether the lexer stands at "name =" (an auth-param) rather than at the next challenge's scheme, and
// whether a value follows: "abc==" or "abc=" alone are the token68 form, not a parameter.
ParamShape paramShape(Lexer& lex)
{
    const qsizetype start = lex.pos();
    const QByteArray name = lex.token();
    lex.skipSpaces();
    ParamShape shape = ParamShape::None;
    if (!name.isEmpty() && lex.peek() == '=') {
        lex.advance();
        lex.skipSpaces();
        shape = (lex.atEnd() || lex.peek() == ',' || lex.peek() == '=') ? ParamShape::Empty
                                                                        : ParamShape::WithValue;
    }
    lex.setPos(start);
    return shape;
}

// token68 = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=", alone before a comma or the end.
bool readToken68(Lexer& lex, QString& out)
{
    const qsizetype start = lex.pos();
    QByteArray value;
    while (!lex.atEnd() && isToken68Char(lex.peek())) {
        value += lex.peek();
        lex.advance();
    }
    while (!lex.atEnd() && lex.peek() == '=') {
        value += '=';
        lex.advance();
    }
    lex.skipSpaces();
    if (value.isEmpty() || value.startsWith('=') || !(lex.atEnd() || lex.peek() == ',')) {
        lex.setPos(start);
        return false;
    }
    // A token68 stands alone in its challenge; "realm=, service=s" is a parameter list with an empty value.
    const qsizetype end = lex.pos();
    lex.skipSpacesAndCommas();
    const bool paramsFollow = paramShape(lex) != ParamShape::None;
    lex.setPos(paramsFollow ? start : end);
    if (paramsFollow)
        return false;
    out = QString::fromLatin1(value);
    return true;
}

void parseHeader(const QByteArray& header, QList<AuthChallenge>& out)
{
    Lexer lex(header);
    while (true) {
        lex.skipSpacesAndCommas();
        if (lex.atEnd())
            return;
        const QByteArray scheme = lex.token();
        if (scheme.isEmpty()) {
            // Not a scheme: drop everything to the next comma and try again.
            lex.advance();
            lex.skipToComma();
            continue;
        }
        AuthChallenge challenge;
        challenge.scheme = QString::fromLatin1(scheme).toLower();
        lex.skipSpaces();
        if (paramShape(lex) != ParamShape::WithValue && lex.peek() != ',' && !lex.atEnd())
            readToken68(lex, challenge.token68);

        // auth-params, separated by commas, until something that is not "name=" (the next scheme).
        while (true) {
            const qsizetype beforeSeparator = lex.pos();
            lex.skipSpacesAndCommas();
            if (lex.atEnd())
                break;
            if (paramShape(lex) == ParamShape::None) {
                if (isTokenChar(lex.peek())) {
                    lex.setPos(beforeSeparator); // the next challenge starts here
                    break;
                }
                lex.skipToComma();
                continue;
            }
            const QString name = QString::fromLatin1(lex.token()).toLower();
            lex.skipSpaces();
            lex.advance(); // '='
            lex.skipSpaces();
            const QByteArray value = lex.atEnd() || lex.peek() == ',' ? QByteArray()
                                     : lex.peek() == '"'              ? lex.quoted()
                                                                      : lex.bareValue();
            // RFC 7235: a parameter name occurs once per challenge; keep the first if a server repeats it.
            if (!challenge.params.contains(name))
                challenge.params.insert(name, QString::fromUtf8(value));
            lex.skipSpaces();
            if (!lex.atEnd() && lex.peek() != ',')
                lex.skipToComma();
        }
        out.append(challenge);
    }
}

} // namespace

QString AuthChallenge::param(const QString& name) const
{
    return params.value(name.toLower());
}

bool AuthChallenge::hasParam(const QString& name) const
{
    return params.contains(name.toLower());
}

QStringList AuthChallenge::scopes() const
{
    return param(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool AuthChallenge::isInsufficientScope() const
{
    return param(QStringLiteral("error")).compare(QLatin1String("insufficient_scope"), Qt::CaseInsensitive) ==
           0;
}

QList<AuthChallenge> AuthChallenge::parse(const QList<QByteArray>& headerValues)
{
    QList<AuthChallenge> out;
    for (const QByteArray& header : headerValues)
        parseHeader(header, out);
    return out;
}

} // namespace lading::registry
