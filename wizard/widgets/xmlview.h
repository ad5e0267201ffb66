// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "xmlhighlighter.h"

#include <QPlainTextEdit>

namespace Airlock {

// A read-only, monospaced, highlighted view of one XML document. Tab moves
// on to the next control rather than into the text.
class XmlView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit XmlView(QWidget *parent = nullptr);

    void setXml(const QString &xml);
    QString xml() const { return toPlainText(); }
    XmlHighlighter *highlighter() const { return m_highlighter; }

protected:
    void changeEvent(QEvent *event) override;

private:
    XmlHighlighter *const m_highlighter;
};

} // namespace Airlock
