// SPDX-License-Identifier: GPL-3.0-or-later
#include "installerguide.h"

#include "proof/guesthardening.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Airlock {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QVBoxLayout *stackOf(QWidget *parent)
{
    auto *layout = new QVBoxLayout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    return layout;
}

} // namespace

InstallerGuide::InstallerGuide(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
    , m_title(new QLabel(this))
    , m_intro(wrapped(QString(), this))
    , m_snapshotButton(new QPushButton(tr("Take the known-good snapshot"), this))
    , m_typeButton(new QPushButton(tr("Type the hardening command"), this))
    , m_keyboardNote(wrapped(tr("Airlock types as a US keyboard would. If NixOS uses another "
                                "keyboard layout, switch it to English (US) first, or the "
                                "symbols come out wrong."),
                             this))
    , m_rebuildCommand(new QLabel(QStringLiteral("sudo nixos-rebuild switch"), this))
    , m_installing(buildInstallingSteps())
    , m_installed(buildInstalledSteps())
{
    setObjectName(QStringLiteral("installerGuide"));
    m_title->setObjectName(QStringLiteral("guideTitle"));
    m_intro->setObjectName(QStringLiteral("guideIntro"));
    m_snapshotButton->setObjectName(QStringLiteral("guideSnapshotButton"));
    m_typeButton->setObjectName(QStringLiteral("typeHardeningButton"));
    m_keyboardNote->setObjectName(QStringLiteral("keyboardNote"));
    m_installing->setObjectName(QStringLiteral("installingSteps"));
    m_installed->setObjectName(QStringLiteral("installedSteps"));
    m_title->setWordWrap(true);

    // A button's text does not wrap, so it stays short on the narrow panel;
    // its accessible name says it all.
    m_typeButton->setAccessibleName(tr("Type the hardening command into the VM"));
    m_typeButton->setToolTip(tr("Types the hardening command into the terminal open in the VM"));
    m_typeButton->setAccessibleDescription(m_keyboardNote->text());

    auto *content = new QWidget(m_scroll);
    auto *layout = stackOf(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_installing);
    layout->addWidget(m_installed);
    layout->addStretch(1);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    stackOf(this)->addWidget(m_scroll);

    connect(m_typeButton, &QPushButton::clicked, this,
            [this] { Q_EMIT typeRequested(hardeningCommand()); });
    connect(m_snapshotButton, &QPushButton::clicked, this, &InstallerGuide::snapshotRequested);
    updateTexts();
    updateFonts();
}

void InstallerGuide::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
}

// The title a size above the text and the command in a fixed font of the
// text's size, whatever font the panel is given.
void InstallerGuide::updateFonts()
{
    QFont title = font();
    title.setBold(true);
    title.setPointSizeF(font().pointSizeF() * 1.2);
    m_title->setFont(title);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(font().pointSizeF());
    m_rebuildCommand->setFont(fixed);
}

// The seed's path through the graphical installer (Calamares), only the
// choices that matter for a safe VM.
QWidget *InstallerGuide::buildInstallingSteps()
{
    auto *steps = new QWidget(this);
    auto *grid = new QGridLayout(steps);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    addStep(grid, tr("Choose your language, your region and your keyboard layout."));
    addStep(grid, tr("Partitions: choose “Erase disk” (it erases only the VM's own empty disk) and "
                     "tick “Encrypt system”. Choose a strong passphrase you will not forget: "
                     "without it nobody, you included, can read this disk."));
    addStep(grid, tr("Users: create your user with a strong password. This user is the VM's "
                     "administrator and may use sudo."));
    addStep(grid,
            tr("Leave out what you do not need: no extra software, and leave “Allow unfree "
               "software” off unless a program you need requires it. You can add both later."));
    addStep(grid, tr("Click Install. When it has finished, tick “Restart now” and click Done: "
                     "Airlock then starts NixOS from the VM's own disk, without the installer."));
    return steps;
}

QWidget *InstallerGuide::buildInstalledSteps()
{
    auto *steps = new QWidget(this);
    auto *grid = new QGridLayout(steps);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    addStep(grid,
            tr("Take the known-good snapshot now: the fresh system to come back to if anything "
               "goes wrong later."),
            m_snapshotButton);
    addStep(grid, tr("Log in, open a terminal in NixOS (GNOME: Console; Plasma: Konsole) and click "
                     "into it."));
    auto *typing = new QWidget(steps);
    auto *typingLayout = stackOf(typing);
    typingLayout->addWidget(m_typeButton, 0, Qt::AlignLeft);
    typingLayout->addWidget(m_keyboardNote);
    addStep(grid,
            tr("Harden NixOS: click “Type the hardening command”. Airlock types it into the "
               "terminal, as if you did; nothing else reaches the VM."),
            typing);
    m_rebuildCommand->setObjectName(QStringLiteral("rebuildCommand"));
    m_rebuildCommand->setTextInteractionFlags(Qt::TextSelectableByMouse
                                              | Qt::TextSelectableByKeyboard);
    addStep(grid,
            tr("Type your password when sudo asks for it. Then run this command, and restart "
               "NixOS when it has finished:"),
            m_rebuildCommand);
    return steps;
}

void InstallerGuide::addStep(QGridLayout *grid, const QString &text, QWidget *extra)
{
    QWidget *parent = grid->parentWidget();
    // Each step is three items on two rows, so that its button sits under
    // its text.
    const int step = grid->count() / 3;
    const int row = 2 * step;
    //: The number of a step in the installer guide: "1.", "2.", …
    auto *number = new QLabel(tr("%1.").arg(step + 1), parent);
    QFont bold = number->font();
    bold.setBold(true);
    number->setFont(bold);
    grid->addWidget(number, row, 0, Qt::AlignTop | Qt::AlignRight);
    grid->addWidget(wrapped(text, parent), row, 1);
    if (extra)
        grid->addWidget(extra, row + 1, 1, Qt::AlignLeft);
    else
        grid->addItem(new QSpacerItem(0, 0), row + 1, 1);
}

void InstallerGuide::setSpec(const VmSpec &spec)
{
    m_spec = spec;
}

QString InstallerGuide::hardeningCommand() const
{
    return GuestHardening::typedCommand(m_spec);
}

void InstallerGuide::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    updateTexts();
    Q_EMIT stageChanged(stage);
}

void InstallerGuide::updateTexts()
{
    const bool installing = m_stage == Stage::Installing;
    m_title->setText(installing ? tr("The NixOS installer is running") : tr("NixOS is installed"));
    m_intro->setText(installing ? tr("It started by itself in the VM. Follow it in the console; "
                                     "these are the choices that matter.")
                                : tr("It now starts from the VM's own disk. These steps make it "
                                     "the safe place you set out to have."));
    m_installing->setVisible(installing);
    m_installed->setVisible(!installing);
}

} // namespace Airlock
