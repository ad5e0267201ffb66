// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostcheckrow.h"

#include <QScrollArea>

class QVBoxLayout;

namespace Airlock {

// The checks as they arrive, always in HostChecks::ids() order, whichever
// finishes first.
class HostCheckList : public QScrollArea
{
    Q_OBJECT
public:
    explicit HostCheckList(QWidget *parent = nullptr);

    void clear();
    // Adds the check's row, or updates it; `acknowledged` sets its checkbox.
    HostCheckRow *setCheck(const HostCheck &check, bool acknowledged);
    HostCheckRow *row(const QString &id) const;
    int rowCount() const { return int(m_rows.size()); }
    // Every row's focusable controls in display order, for the page's tab chain.
    QList<QWidget *> focusChain() const;

Q_SIGNALS:
    void acknowledgementChanged(const QString &id, bool acknowledged);

private:
    QWidget *const m_content;
    QVBoxLayout *const m_layout;
    QList<HostCheckRow *> m_rows;
};

} // namespace Airlock
