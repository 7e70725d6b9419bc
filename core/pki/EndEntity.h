// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Ids.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

/** A registered certificate subject (the end_entities table). A copyable value type. */
struct EndEntity
{
    QString username;
    QString endEntityProfile;
    QString certificateProfile;
    CaId caId;
    QString subjectDn;
    /** "dns:a.example", "ip:192.0.2.1". */
    QStringList subjectAltNames;
    QString email;
    /** "NEW" when (re)registered, "GENERATED" once a certificate was issued. */
    QString status = QStringLiteral("NEW");
    QDateTime createdAt;
    QDateTime updatedAt;
};
