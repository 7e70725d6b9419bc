// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pki/EndEntity.h"
#include "core/util/Result.h"

#include <memory>

class Clock;
class Database;

/** The end_entities table. */
class EndEntityRepository
{
public:
    EndEntityRepository(std::shared_ptr<Database> db, const Clock &clock);

    /**
     * Inserts or replaces the entity (keeping created_at) with `status`, e.g. "GENERATED" when
     * its certificate is stored in the same transaction.
     */
    VoidResult createOrReset(const EndEntity &entity, const QString &status);
    Result<EndEntity> find(const QString &username) const;

private:
    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
};
