// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

/**
 * How the alias editor shows each AliasConfig field: its group, label, kind of input and the
 * reference's help text (Anvil's own fields say so). One row per AliasConfig::fieldNames() entry;
 * a test checks that none is missing.
 */
class AliasFields
{
    Q_DECLARE_TR_FUNCTIONS(AliasFields)

public:
    enum class Group {
        UsernameGeneration,
        Profiles,
        Challenges,
        TermsOfService,
        Dns,
        Validation,
        AccountManagement,
        RateLimits,
    };
    enum class Kind {
        Bool,
        Text,
        Url,
        Duration,
        Number,
        PortList,
        IpAddress,
        AddressRanges,
        DomainList,
        NameList,
        NamePatterns, // DNS names, *.domain, IP addresses and ranges, or * (order approval)
        NameScheme,
        ChallengeTypes,
    };

    struct Field
    {
        QString name; // AliasConfig field name, untranslated
        Group group;
        Kind kind;
        QString label;
        QString help;
        int minimum = 0;
        int maximum = 0;
        /** The checkbox that must be ticked for this field to matter (reference: "Only active if ..."). */
        QString dependsOn;
    };

    /** Every field in display order, translated for the current language. */
    static QList<Field> all();
    static QString groupTitle(Group group);
    static QList<Group> groups();
};
