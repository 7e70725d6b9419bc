// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/acme/RegisteredDomain.h"

#include <QFile>
#include <QSet>
#include <QStringList>
#include <QUrl>

namespace {

struct SuffixRules
{
    bool loaded = false;
    QSet<QString> exact; // "co.uk"
    QSet<QString> wildcard; // "ck" for the rule "*.ck"
    QSet<QString> exception; // "www.ck" for the rule "!www.ck"
};

QString ace(const QString &name)
{
    const QByteArray a = QUrl::toAce(name);
    return a.isEmpty() ? name.toLower() : QString::fromLatin1(a).toLower();
}

SuffixRules parse(const QString &text)
{
    SuffixRules rules;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("//"))) {
            continue;
        }
        // A rule is the first whitespace-separated word of its line.
        qsizetype end = 0;
        while (end < line.size() && !line.at(end).isSpace()) {
            ++end;
        }
        const QString rule = line.left(end).toString();
        if (rule.startsWith(QLatin1Char('!'))) {
            rules.exception.insert(ace(rule.mid(1)));
        } else if (rule.startsWith(QLatin1String("*."))) {
            rules.wildcard.insert(ace(rule.mid(2)));
        } else {
            rules.exact.insert(ace(rule));
        }
    }
    rules.loaded = !rules.exact.isEmpty() || !rules.wildcard.isEmpty();
    return rules;
}

QString lastTwoLabels(const QStringList &labels)
{
    return labels.size() <= 2 ? labels.join(QLatin1Char('.')) : labels.mid(labels.size() - 2).join(QLatin1Char('.'));
}

QString registeredDomain(const QString &host, const SuffixRules &rules)
{
    QString name = host.toLower();
    while (name.endsWith(QLatin1Char('.'))) {
        name.chop(1);
    }
    const QStringList labels = name.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.size() <= 1) {
        return name;
    }
    if (!rules.loaded) {
        return lastTwoLabels(labels);
    }
    auto suffix = [&labels](qsizetype from) { return labels.mid(from).join(QLatin1Char('.')); };
    // Longest suffix first, so the first rule that matches prevails (an exception rule is always
    // one label longer than the wildcard it excepts).
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString s = suffix(i);
        if (rules.exception.contains(s)) {
            return s; // the public suffix is one label shorter
        }
        if (rules.exact.contains(s) || (i + 1 < labels.size() && rules.wildcard.contains(suffix(i + 1)))) {
            return i > 0 ? suffix(i - 1) : name; // a public suffix itself stands for itself
        }
    }
    return lastTwoLabels(labels); // the default rule "*": the last label is the public suffix
}

} // namespace

namespace RegisteredDomain {

QString defaultListPath()
{
    return QStringLiteral("/usr/share/publicsuffix/public_suffix_list.dat");
}

QString of(const QString &host)
{
    static const SuffixRules rules = []() {
        QFile f(defaultListPath());
        return f.open(QIODevice::ReadOnly) ? parse(QString::fromUtf8(f.readAll())) : SuffixRules();
    }();
    return registeredDomain(host, rules);
}

QString of(const QString &host, const QString &listText)
{
    return registeredDomain(host, parse(listText));
}

} // namespace RegisteredDomain
