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

    /** Inserts or replaces the entity (keeping created_at) with status "NEW". */
    VoidResult createOrReset(const EndEntity &entity);
    /** NotFound when absent. */
    VoidResult setStatus(const QString &username, const QString &status);
    Result<EndEntity> find(const QString &username) const;

private:
    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
};
