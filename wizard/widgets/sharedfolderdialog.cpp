// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedfolderdialog.h"

#include "noticelabel.h"

#include "exposure/sharedfolderrule.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Airlock {

SharedFolderDialog::SharedFolderDialog(const SharedFolder &initial, QWidget *parent)
    : QDialog(parent)
    , m_explanation(new QLabel(this))
    , m_path(new QLineEdit(initial.path, this))
    , m_choose(new QPushButton(tr("Choose…"), this))
    , m_readOnly(new QCheckBox(tr("Read-only: the VM can read the files but not change them "
                                  "(recommended)"),
                               this))
    , m_notice(new NoticeLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("sharedFolderDialog"));
    setWindowTitle(tr("Share a folder with the VM"));
    m_explanation->setObjectName(QStringLiteral("sharedFolderExplanation"));
    m_path->setObjectName(QStringLiteral("sharedFolderPath"));
    m_choose->setObjectName(QStringLiteral("sharedFolderChoose"));
    m_readOnly->setObjectName(QStringLiteral("sharedFolderReadOnly"));
    m_notice->setObjectName(QStringLiteral("sharedFolderNotice"));
    m_buttons->setObjectName(QStringLiteral("sharedFolderButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Share this folder"));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(false);

    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setText(tr(
            "<p>The folder appears inside the VM through <b>virtiofs</b>, a file system that "
            "passes file operations from the VM to a small helper program on your computer. "
            "The VM sees this folder and nothing above or beside it.</p>"
            "<p>In NixOS, mount it with <code>mount -t virtiofs airlock-share /mnt</code>.</p>"));
    m_path->setPlaceholderText(QDir::homePath() + QLatin1String("/Shared"));
    m_path->setClearButtonEnabled(true);
    //: Accessible name of the folder path field.
    m_path->setAccessibleName(tr("Folder to share"));
    m_readOnly->setChecked(initial.readOnly);

    auto *pathRow = new QHBoxLayout;
    auto *pathLabel = new QLabel(tr("&Folder:"), this);
    pathLabel->setBuddy(m_path);
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_choose);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(pathRow);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_notice);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_choose, &QPushButton::clicked, this, &SharedFolderDialog::choose);
    connect(m_path, &QLineEdit::textChanged, this, &SharedFolderDialog::check);
    connect(m_readOnly, &QCheckBox::toggled, this, &SharedFolderDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
    resize(560, sizeHint().height());
}

SharedFolder SharedFolderDialog::folder() const
{
    return SharedFolder {QDir::cleanPath(m_path->text().trimmed()), m_readOnly->isChecked()};
}

std::optional<QString> SharedFolderDialog::pathProblem(const QString &path)
{
    return pathProblem(SharedFolder {path, true});
}

std::optional<QString> SharedFolderDialog::pathProblem(const SharedFolder &folder)
{
    const QString &path = folder.path;
    if (path.isEmpty())
        return tr("Choose a folder, or type its full path.");
    if (!QDir::isAbsolutePath(path))
        return tr("“%1” is not a full path: it must start with “/”.").arg(path);
    const QFileInfo info(path);
    if (!info.exists())
        return tr("There is no folder “%1” on this computer.").arg(path);
    if (!info.isDir())
        return tr("“%1” is a file, not a folder.").arg(path);
    // The same rules the spec checks, so the page never holds an invalid one.
    VmSpec probe;
    probe.exposure.sharedFolder = folder;
    for (const SpecProblem &problem : probe.validate()) {
        if (problem.key.startsWith(QLatin1String("exposure.sharedFolder")))
            return problem.message;
    }
    // And where the path leads here: the creation plan asks the same.
    return SharedFolderRule::refusalOnThisComputer(path, folder.readOnly);
}

void SharedFolderDialog::choose()
{
    const QString chosen = QFileDialog::getExistingDirectory(
            this, tr("Folder to share with the VM"),
            m_path->text().isEmpty() ? QDir::homePath() : m_path->text());
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void SharedFolderDialog::check()
{
    const QString path = QDir::cleanPath(m_path->text().trimmed());
    const auto problem = pathProblem(SharedFolder {
            m_path->text().trimmed().isEmpty() ? QString() : path, m_readOnly->isChecked()});
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!problem);
    if (problem) {
        // An empty field is the starting point, not an error.
        if (m_path->text().trimmed().isEmpty())
            m_notice->setNotice(Status::Info, *problem);
        else
            m_notice->setNotice(Status::Fail, *problem);
        return;
    }
    const QString home = QDir::cleanPath(QDir::homePath());
    const bool wholeHome = path == home || home.startsWith(path + QLatin1Char('/'));
    if (wholeHome)
        m_notice->setNotice(Status::Warn,
                            tr("This shares your whole home folder, with your documents, keys "
                               "and browser profiles. Share a folder made for the VM instead."));
    else if (!m_readOnly->isChecked())
        m_notice->setNotice(Status::Warn,
                            tr("The VM can change and delete every file in this folder. Its "
                               "administrator can also leave programs here that run with an "
                               "administrator's rights on this computer (set-uid) and device "
                               "files that open this computer's disks: never run or open what "
                               "the VM leaves in it. Read-only keeps both out."));
    else
        m_notice->clear();
}

} // namespace Airlock
