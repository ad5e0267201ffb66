// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "airlockpage.h"
#include "domainxml/domainxml.h"

class QLabel;
class QLayout;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QToolButton;
class QVBoxLayout;

namespace Airlock {

class NoticeLabel;
class SummaryGroup;
class XmlView;

// Step 5, the commit page: every choice in words, grouped as the pages were,
// each group with a way back to its page; the warnings the user accepted on
// the way; and, one click away, the exact XML creation will hand to libvirt,
// written for this host. The page creates nothing: Create and start only
// checks the spec, and the Launch page runs the creation.
class SummaryPage : public AirlockPage
{
    Q_OBJECT
public:
    explicit SummaryPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

    // What the XML is written for: this host, or while it cannot be asked,
    // the hardened-host default (KVM and SELinux). Follows the session's
    // reading of the host while the page is shown.
    bool isCheckingHost() const { return m_targetState == TargetState::Checking; }
    bool isTargetAssumed() const { return m_targetState == TargetState::Assumed; }
    DomainTarget target() const { return m_target; }

    // The spec as creation defines it: an ISO file becomes the volume of the
    // storage pool it is copied into.
    VmSpec definedSpec() const;
    // Everything that stops the VM from being created, as the model words it.
    SpecProblems problems() const;

    // The documents the view shows; empty while the host is being asked, and
    // the network's when the VM uses none of Airlock's own.
    QString domainXml() const { return m_domainXml; }
    QString networkXml() const { return m_networkXml; }

    bool isConfigurationShown() const;
    void setConfigurationShown(bool shown);
    // Writes the document of the tab in front (the domain unless the network
    // tab was chosen); says in words what happened. The Save XML… button
    // asks for `path` first.
    bool saveXml(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The host answered (or could not): the XML and the host group are final.
    void hostChecked();

private:
    enum class TargetState { Checking, Known, Assumed };

    // One builder per section of the page, top to bottom, called by the
    // constructor; a section that is a bare layout is returned for
    // buildLayout() to place.
    void buildHeadline();
    QLayout *buildProblemRow();
    QLayout *buildGroups();
    void buildWarnings();
    void buildCreationSteps();
    QLayout *buildConfigurationRow();
    void buildConfiguration();
    void buildLayout(QLayout *problemRow, QLayout *groups, QLayout *configurationRow);
    void connectSignals();

    // What the XML is written for, from the session's reading of the host.
    void updateTarget();
    void refresh();
    void refreshHost();
    void refreshMedia();
    void refreshResources();
    void refreshDevices();
    void refreshWarnings();
    void refreshConfiguration();
    void showProblems(const SpecProblems &problems);
    void chooseSaveFile();
    void fitConfiguration();
    void revealConfiguration();
    void goBackTo(int pageId);
    void updateTabOrder();
    HostLimits hostLimits() const;
    QList<HostDevice> knownHostDevices() const;
    bool isCurrent() const;

    QLabel *const m_headline;
    NoticeLabel *const m_problem;
    QPushButton *const m_fixProblem;
    QScrollArea *const m_scroll;
    QWidget *const m_content;
    SummaryGroup *const m_hostGroup;
    SummaryGroup *const m_mediaGroup;
    SummaryGroup *const m_resourcesGroup;
    SummaryGroup *const m_devicesGroup;
    QWidget *const m_warnings;
    QVBoxLayout *const m_warningRows;
    QLabel *const m_steps;
    QToolButton *const m_showConfiguration;
    QPushButton *const m_saveXml;
    QWidget *const m_configuration;
    NoticeLabel *const m_assumedNotice;
    QTabWidget *const m_tabs;
    QWidget *const m_domainTab;
    QLabel *const m_domainNote;
    XmlView *const m_domainView;
    QWidget *const m_networkTab;
    QLabel *const m_networkNote;
    XmlView *const m_networkView;
    NoticeLabel *const m_saveNotice;

    TargetState m_targetState = TargetState::Checking;
    DomainTarget m_target;
    QString m_targetProblem;
    int m_fixPage = -1;
    bool m_revealConfiguration = false;
    QString m_domainXml;
    QString m_networkXml;
    QList<QPushButton *> m_warningButtons;
};

} // namespace Airlock
