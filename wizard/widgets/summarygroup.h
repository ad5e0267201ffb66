// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linkbutton.h"

#include <QFrame>
#include <QHash>

class QFormLayout;
class QLabel;

namespace Airlock {

// One group of the Summary page: a title, a "Change" link back to the page
// the choices were made on, and label/value rows. A row whose value is empty
// is hidden.
class SummaryGroup : public QFrame
{
    Q_OBJECT
public:
    // `key` names the group's objects: "group-<key>", "change-<key>".
    SummaryGroup(const QString &key, const QString &title, QWidget *parent = nullptr);

    QString title() const;
    QPushButton *changeButton() const { return m_change; }

    // Adds a row; its value label is named "value-<key>".
    void addRow(const QString &key, const QString &label);
    void setValue(const QString &key, const QString &text, const QString &toolTip = {});
    QString value(const QString &key) const;

private:
    QLabel *const m_title;
    LinkButton *const m_change;
    QFormLayout *const m_rows;
    QHash<QString, QLabel *> m_values;
};

} // namespace Airlock
