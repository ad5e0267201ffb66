// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/vmspec.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace Airlock {

// The panel beside the console on the first boot: what to choose in the
// NixOS installer, then, once NixOS is installed, the known-good snapshot
// and the hardening command, which Airlock types into the VM (no clipboard,
// no channel: only the keyboard reaches it).
class InstallerGuide : public QWidget
{
    Q_OBJECT
public:
    enum class Stage { Installing, Installed };
    Q_ENUM(Stage)

    explicit InstallerGuide(QWidget *parent = nullptr);

    // The VM the guide is for: the hardening command follows its choices.
    void setSpec(const VmSpec &spec);
    Stage stage() const { return m_stage; }
    // What the "Type" button sends: GuestHardening::typedCommand(spec).
    QString hardeningCommand() const;

public Q_SLOTS:
    void setStage(Airlock::InstallerGuide::Stage stage);

Q_SIGNALS:
    void stageChanged(Airlock::InstallerGuide::Stage stage);
    // The console types `text` into the VM as a US keyboard would.
    void typeRequested(const QString &text);
    void snapshotRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildInstallingSteps();
    QWidget *buildInstalledSteps();
    void addStep(QGridLayout *grid, const QString &text, QWidget *extra = nullptr);
    void updateTexts();
    void updateFonts();

    VmSpec m_spec;
    Stage m_stage = Stage::Installing;
    QScrollArea *const m_scroll;
    QLabel *const m_title;
    QLabel *const m_intro;
    QPushButton *const m_snapshotButton;
    QPushButton *const m_typeButton;
    QLabel *const m_keyboardNote;
    QLabel *const m_rebuildCommand;
    QWidget *const m_installing;
    QWidget *const m_installed;
};

} // namespace Airlock
