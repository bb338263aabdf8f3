#include "ui/models/tagmodel.h"

#include "ui/models/itemroles.h"

#include <QApplication>
#include <QIcon>
#include <QPalette>
#include <QStyle>

namespace lading::ui {

namespace {

bool isLowerHex(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

// "sha256-<64 hex>" at the start of `tag` (the referrers tag schema truncates the encoded part to 64
// characters, so sha512 subjects look the same): the length of that prefix, or 0.
qsizetype digestTagPrefix(QStringView tag)
{
    static constexpr QLatin1StringView algorithms[] = {
        QLatin1StringView("sha256-"), QLatin1StringView("sha512-"), QLatin1StringView("sha384-")};
    for (const QLatin1StringView algorithm : algorithms) {
        if (tag.size() >= algorithm.size() + 64 && tag.startsWith(algorithm) &&
            isLowerHex(tag.mid(algorithm.size(), 64)))
            return algorithm.size() + 64;
    }
    return 0;
}

quint8 classifyTag(const QString& tag)
{
    return quint8(TagModel::classify(tag));
}

} // namespace

TagModel::TagModel(QObject* parent)
    : PagedListModel(parent)
{
    setClassifier(&classifyTag);
}

TagModel::~TagModel() = default;

void TagModel::showRegistryRepository(std::shared_ptr<registry::RegistryClient> client,
                                      const QString& repository, int pageSize)
{
    m_repository = repository;
    setPageSource(PageSource::registryTags(std::move(client), repository, pageSize));
}

void TagModel::showStore(std::function<Result<std::shared_ptr<store::Store>>()> open)
{
    m_repository.clear();
    setPageSource(PageSource::wholeList([open = std::move(open)]() -> Result<QStringList> {
        auto store = open();
        if (!store)
            return store.error();
        return store.value()->tags();
    }));
}

TagModel::Kind TagModel::classify(const QString& tag)
{
    const qsizetype prefix = digestTagPrefix(tag);
    if (prefix == 0)
        return Kind::Tag;
    const QStringView rest = QStringView(tag).mid(prefix);
    if (rest.isEmpty())
        return Kind::ReferrersIndex;
    if (rest == QLatin1StringView(".sig"))
        return Kind::CosignSignature;
    if (rest == QLatin1StringView(".att"))
        return Kind::CosignAttestation;
    if (rest == QLatin1StringView(".sbom"))
        return Kind::CosignSbom;
    return Kind::Tag;
}

QString TagModel::subjectDigest(const QString& tag)
{
    const qsizetype prefix = digestTagPrefix(tag);
    if (prefix == 0 || classify(tag) == Kind::Tag)
        return {};
    return tag.left(prefix).replace(prefix - 65, 1, QLatin1Char(':'));
}

QVariant TagModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Kind kind = kindAt(index.row());
    switch (role) {
    case ItemRole::TagKindRole:
        return int(kind);
    case ItemRole::GroupedRole:
        return isGrouped(kind);
    case ItemRole::RepositoryRole:
        return m_repository;
    case ItemRole::SubjectDigestRole:
        return isGrouped(kind) ? subjectDigest(nameAt(index.row())) : QString();
    case Qt::DecorationRole: {
        if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
            return {};
        // Made once: a style icon decodes its image on first paint, far too slow for every visible row.
        static const QIcon tagIcon = QApplication::style()->standardIcon(QStyle::SP_FileIcon);
        static const QIcon groupedIcon = QApplication::style()->standardIcon(QStyle::SP_FileLinkIcon);
        return isGrouped(kind) ? groupedIcon : tagIcon;
    }
    case Qt::ForegroundRole:
        if (isGrouped(kind) && qobject_cast<QApplication*>(QCoreApplication::instance()))
            return QApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::ToolTipRole: {
        const QString subject = subjectDigest(nameAt(index.row()));
        switch (kind) {
        case Kind::Tag:
            break;
        case Kind::ReferrersIndex:
            return tr("Referrers of %1 (the referrers fallback tag)").arg(subject);
        case Kind::CosignSignature:
            return tr("Cosign signature of %1").arg(subject);
        case Kind::CosignAttestation:
            return tr("Cosign attestation of %1").arg(subject);
        case Kind::CosignSbom:
            return tr("Cosign SBOM of %1").arg(subject);
        }
        break;
    }
    default:
        break;
    }
    return PagedListModel::data(index, role);
}

QHash<int, QByteArray> TagModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedListModel::roleNames();
    names.insert(ItemRole::TagKindRole, "kind");
    names.insert(ItemRole::GroupedRole, "grouped");
    names.insert(ItemRole::RepositoryRole, "repository");
    names.insert(ItemRole::SubjectDigestRole, "subjectDigest");
    return names;
}

} // namespace lading::ui
