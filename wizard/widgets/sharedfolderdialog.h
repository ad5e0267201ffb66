// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/vmspec.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Airlock {

class NoticeLabel;

// Asks which folder to share with the VM and whether the VM may change it
// (read-only by default), and says what virtiofs is.
class SharedFolderDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SharedFolderDialog(const SharedFolder &initial, QWidget *parent = nullptr);

    SharedFolder folder() const;

    // What is wrong with `path` as a shared folder, if anything: read-only,
    // or with the access `folder` asks for (SharedFolderRule refuses a
    // writable share of the system's or a home's own folders).
    static std::optional<QString> pathProblem(const QString &path);
    static std::optional<QString> pathProblem(const SharedFolder &folder);

private:
    void choose();
    void check();

    QLabel *const m_explanation;
    QLineEdit *const m_path;
    QPushButton *const m_choose;
    QCheckBox *const m_readOnly;
    NoticeLabel *const m_notice;
    QDialogButtonBox *const m_buttons;
};

} // namespace Airlock
