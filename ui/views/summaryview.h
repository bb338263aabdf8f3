#pragma once

#include "core/oci/artifactclassifier.h"
#include "core/oci/configsummary.h"
#include "core/oci/descriptor.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace lading::ui {

struct TrustBadgeInfo;

// The first thing users see of a manifest: what it is (kind and icon), its digest with a copy button,
// total size, created time, platforms, signatures and SBOMs attached, key fields of the artifact's
// config, and the annotations.
class SummaryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryView)

public:
    struct Data
    {
        oci::ArtifactClass artifact;
        QString reference; // the location as text
        oci::Digest digest;
        QString mediaType;
        QString artifactType;
        qint64 totalSize = -1;
        bool totalSizeComplete = true;    // false when some children could not be fetched to count
        QString created;                  // RFC 3339 as written
        QList<oci::Descriptor> platforms; // index entries with a real platform
        int attestationEntries = 0;       // unknown/unknown attestation entries left out of `platforms`
        int otherEntries = 0;             // index entries without platform (artifacts, nested indexes)
        oci::Annotations annotations;
        QList<oci::ConfigField> keyFields;
        std::optional<oci::Descriptor> subject;
    };
    struct ReferrerCounts
    {
        int signatures = 0;
        int sboms = 0;
        int attestations = 0;
        int other = 0;
        int total() const { return signatures + sboms + attestations + other; }
    };

    explicit SummaryView(QWidget* parent = nullptr);
    ~SummaryView() override;

    void setData(const Data& data);
    void clear();
    void setReferrersLoading();
    void setReferrers(const ReferrerCounts& counts);
    void setReferrersError(const QString& message);
    // The trust badge beside the signature count: "checking…", the badge with its label (the tooltip says
    // why), or why the signatures could not be checked.
    void setTrustLoading();
    void setTrust(const TrustBadgeInfo& badge);
    void setTrustError(const QString& message);

    const Data& data() const { return m_data; }
    // ":/icons/kinds/<iconName>.svg", or a generic icon when there is none for the id.
    static QString iconPath(const QString& iconName);
    // "2 signatures, 1 SBOM", or "none".
    static QString referrersText(const ReferrerCounts& counts);
    static QString sizeText(qint64 bytes);

signals:
    void referrersRequested();
    // The user clicked the trust badge: show the Signatures tab.
    void signaturesRequested();
    // A platform or the subject the user clicked.
    void descriptorActivated(const lading::oci::Descriptor& descriptor);

private:
    // The form is rebuilt for every manifest: rows that do not apply are left out rather than hidden
    // (QFormLayout::setRowVisible does not bring a row back reliably on Qt 6.4).
    QLabel* addRow(const QString& label, const QString& objectName, const QString& text, bool rich = false);
    void clearForm();

    Data m_data;
    QLabel* m_icon;
    QLabel* m_kind;
    QLabel* m_reference;
    QFormLayout* m_form;
    QLabel* m_referrers = nullptr;
    QString m_referrersHtml; // what the referrers row says, kept across form rebuilds
    void updateTrustRow();
    QLabel* m_trust = nullptr;
    QLabel* m_trustIcon = nullptr;
    QString m_trustHtml; // what the trust row says, its tooltip and icon, kept across form rebuilds
    QString m_trustToolTip;
    QString m_trustIconPath;
    QTableWidget* m_annotations;
    QLabel* m_annotationsTitle;
};

} // namespace lading::ui
