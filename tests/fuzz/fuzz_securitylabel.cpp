// SPDX-License-Identifier: GPL-3.0-or-later
// The security-label parser, its explanation and the MCS dominance check.
// The input is a label, or two labels on two lines (subject, then object).
// Invariants: an SELinux label re-joins from its parts to its text, its
// categories are sorted, distinct and within c0…c1023, and parsing its text
// again gives the same parts; a DAC label re-joins from owner and group;
// anything else says why; dominance is MCS category inclusion.
#include "fuzzcheck.h"
#include "proof/securitylabel.h"

#include <QRegularExpression>
#include <QSet>

#include <cstdint>

using namespace Airlock;

namespace {

QString describe(const SecurityLabel &label)
{
    return QStringLiteral("“%1” kind %2 user “%3” role “%4” type “%5” level “%6”")
            .arg(label.text())
            .arg(int(label.kind()))
            .arg(label.user(), label.role(), label.type(), label.level());
}

void checkExplanation(const SecurityLabel &label, bool isImage)
{
    static const QStringList names {QStringLiteral("user"),       QStringLiteral("role"),
                                    QStringLiteral("type"),       QStringLiteral("sensitivity"),
                                    QStringLiteral("categories"), QStringLiteral("owner"),
                                    QStringLiteral("group")};
    const QList<LabelPart> parts = label.explain(isImage);
    for (const LabelPart &part : parts) {
        FUZZ_CHECK(names.contains(part.name), part.name);
        FUZZ_CHECK(!part.meaning.isEmpty(), part.name);
        FUZZ_CHECK(part.text.isEmpty() || label.text().contains(part.text),
                   part.text + QLatin1String(" in ") + describe(label));
    }
    switch (label.kind()) {
    case SecurityLabel::Kind::Selinux:
        FUZZ_CHECK(parts.size() >= 3, describe(label));
        FUZZ_CHECK(parts.at(0).text == label.user() && parts.at(1).text == label.role()
                           && parts.at(2).text == label.type(),
                   describe(label));
        break;
    case SecurityLabel::Kind::Dac:
        FUZZ_CHECK(parts.size() == 2, describe(label));
        FUZZ_CHECK(parts.at(0).text == label.owner() && parts.at(1).text == label.group(),
                   describe(label));
        break;
    case SecurityLabel::Kind::Empty:
    case SecurityLabel::Kind::Other:
        FUZZ_CHECK(parts.isEmpty(), describe(label));
        break;
    }
}

void checkLabel(const QString &input)
{
    const SecurityLabel label = SecurityLabel::parse(input);
    FUZZ_CHECK(label.text() == input.trimmed(), describe(label));
    FUZZ_CHECK((label.kind() == SecurityLabel::Kind::Empty) == label.text().isEmpty(),
               describe(label));
    FUZZ_CHECK(label.isSelinux() == (label.kind() == SecurityLabel::Kind::Selinux),
               describe(label));
    FUZZ_CHECK(!label.isConfinedVmType() || label.isSelinux(), describe(label));
    FUZZ_CHECK((label.kind() == SecurityLabel::Kind::Other) == !label.problem().isEmpty(),
               describe(label) + QLatin1String(": ") + label.problem());

    if (label.isSelinux()) {
        static const QRegularExpression identifier(QStringLiteral("^[A-Za-z0-9_.]+$"));
        for (const QString &part : {label.user(), label.role(), label.type()})
            FUZZ_CHECK(identifier.match(part).hasMatch(), describe(label));
        QString joined
                = label.user() + QLatin1Char(':') + label.role() + QLatin1Char(':') + label.type();
        if (!label.level().isEmpty())
            joined += QLatin1Char(':') + label.level();
        FUZZ_CHECK(joined == label.text(), joined + QLatin1String(" != ") + describe(label));

        static const QRegularExpression sensitivity(QStringLiteral("^s[0-9]{1,4}$"));
        FUZZ_CHECK(label.level().isEmpty() || sensitivity.match(label.sensitivity()).hasMatch(),
                   describe(label));
        FUZZ_CHECK(label.level().startsWith(label.sensitivity()), describe(label));
        FUZZ_CHECK(!label.isRange() || label.level().contains(QLatin1Char('-')), describe(label));
        const QList<int> categories = label.categories();
        FUZZ_CHECK(categories.isEmpty() == label.categoriesText().isEmpty(), describe(label));
        for (qsizetype i = 0; i < categories.size(); ++i) {
            FUZZ_CHECK(categories.at(i) >= 0 && categories.at(i) <= 1023, describe(label));
            FUZZ_CHECK(i == 0 || categories.at(i - 1) < categories.at(i), describe(label));
        }
        FUZZ_CHECK(label.dominates(label), describe(label));
        if (label.isRange()) {
            // A valid range: its high end (the clearance) dominates its low end.
            const QString high = label.level().section(QLatin1Char('-'), 1);
            const SecurityLabel lowEnd = SecurityLabel::parse(
                    label.user() + QLatin1Char(':') + label.role() + QLatin1Char(':') + label.type()
                    + QLatin1Char(':') + label.level().section(QLatin1Char('-'), 0, 0));
            FUZZ_CHECK(lowEnd.isSelinux(), describe(lowEnd));
            FUZZ_CHECK(label.dominates(lowEnd), describe(label));
            FUZZ_CHECK(high.section(QLatin1Char(':'), 0, 0).mid(1).toInt()
                               >= lowEnd.sensitivity().mid(1).toInt(),
                       describe(label));
        }
    } else {
        FUZZ_CHECK(label.categories().isEmpty() && label.level().isEmpty(), describe(label));
    }
    if (label.kind() == SecurityLabel::Kind::Dac)
        FUZZ_CHECK(label.owner() + QLatin1Char(':') + label.group() == label.text(),
                   describe(label));

    // Parsing is a function of the text alone.
    const SecurityLabel again = SecurityLabel::parse(label.text());
    FUZZ_CHECK(again.kind() == label.kind() && again.user() == label.user()
                       && again.role() == label.role() && again.type() == label.type()
                       && again.level() == label.level() && again.categories() == label.categories()
                       && again.problem() == label.problem(),
               describe(again) + QLatin1String(" != ") + describe(label));

    checkExplanation(label, false);
    checkExplanation(label, true);
}

bool includes(const QList<int> &all, const QList<int> &some)
{
    const QSet<int> set(all.cbegin(), all.cend());
    return std::all_of(some.cbegin(), some.cend(), [&set](int c) { return set.contains(c); });
}

void checkDominance(const SecurityLabel &subject, const SecurityLabel &object)
{
    const bool dominates = subject.dominates(object);
    const QString pair = describe(subject) + QLatin1String(" over ") + describe(object);
    if (!subject.isSelinux() || !object.isSelinux()) {
        FUZZ_CHECK(!dominates, pair);
        return;
    }
    FUZZ_CHECK(dominates == includes(subject.categories(), object.categories()), pair);
    static const SecurityLabel everything
            = SecurityLabel::parse(QStringLiteral("system_u:system_r:svirt_t:s0-s0:c0.c1023"));
    static const SecurityLabel nothing
            = SecurityLabel::parse(QStringLiteral("system_u:object_r:svirt_image_t:s0"));
    FUZZ_CHECK(everything.dominates(subject) && everything.dominates(object), pair);
    FUZZ_CHECK(subject.dominates(nothing) && object.dominates(nothing), pair);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(Fuzz::bytes(data, size));
    checkLabel(input);

    const qsizetype newline = input.indexOf(QLatin1Char('\n'));
    const SecurityLabel subject = SecurityLabel::parse(newline < 0 ? input : input.left(newline));
    if (newline >= 0) {
        checkLabel(input.left(newline));
        checkLabel(input.mid(newline + 1));
    }
    static const QList<SecurityLabel> references {
            SecurityLabel::parse(QStringLiteral("system_u:system_r:svirt_t:s0:c383,c416")),
            SecurityLabel::parse(QStringLiteral("system_u:object_r:svirt_image_t:s0:c383,c416")),
            SecurityLabel::parse(QStringLiteral("system_u:object_r:svirt_image_t:s0:c1,c2")),
            SecurityLabel::parse(QStringLiteral("+107:+107")),
    };
    QList<SecurityLabel> objects = references;
    if (newline >= 0)
        objects.prepend(SecurityLabel::parse(input.mid(newline + 1)));
    for (const SecurityLabel &object : std::as_const(objects)) {
        checkDominance(subject, object);
        checkDominance(object, subject);
    }
    return 0;
}
