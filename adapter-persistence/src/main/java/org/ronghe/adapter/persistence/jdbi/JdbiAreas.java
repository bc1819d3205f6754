package org.ronghe.adapter.persistence.jdbi;

import static org.ronghe.adapter.persistence.jdbi.JdbcValues.uuid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.ronghe.application.area.port.out.Areas;
import org.ronghe.domain.area.Area;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.area.DuplicateAreaNameException;
import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.BilingualName;

final class JdbiAreas implements Areas {

    private final JdbiTransactions transactions;

    JdbiAreas(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Area> findById(AreaId id) {
        return transactions.withHandle(h -> load(h, "WHERE id = :id", Map.of("id", id.value())).stream().findFirst());
    }

    @Override
    public void add(Area area) {
        transactions.write(h -> {
            try {
                h.createUpdate("INSERT INTO area (id, layout, name_zh, name_en, name_key, version)"
                        + " VALUES (:id, :layout, :zh, :en, :key, 1)")
                        .bind("id", area.getId().value()).bind("layout", area.layout().name())
                        .bind("zh", area.name().zh()).bind("en", area.name().en()).bind("key", Area.keyOf(area.name()))
                        .execute();
            } catch (UnableToExecuteStatementException e) {
                throw SqlStates.isUniqueViolation(e) ? new DuplicateAreaNameException(area.name().zh()) : e;
            }
            var batch = h.prepareBatch("INSERT INTO area_town (area_id, town_id) VALUES (:area, :town)");
            area.towns().forEach(town -> batch.bind("area", area.getId().value()).bind("town", town.value()).add());
            batch.execute();
            return null;
        });
        area.markStored(1);
    }

    @Override
    public boolean isNameTaken(String nameKey) {
        return transactions.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM area WHERE name_key = :key")
                .bind("key", nameKey).mapTo(Long.class).one()) > 0;
    }

    @Override
    public List<Area> findAll() {
        return transactions.withHandle(h -> load(h, "", Map.of()));
    }

    private static List<Area> load(Handle h, String where, Map<String, Object> arguments) {
        record Head(UUID id, AreaLayout layout, BilingualName name, long version) {
        }
        List<Head> heads = h.createQuery("SELECT * FROM area " + where
                + " ORDER BY CASE layout WHEN 'CORE' THEN 0 WHEN 'HUB' THEN 1 ELSE 2 END, name_zh, id")
                .bindMap(arguments)
                .map((rs, ctx) -> new Head(uuid(rs, "id"), AreaLayout.valueOf(rs.getString("layout")),
                        BilingualName.of(rs.getString("name_zh"), rs.getString("name_en")), rs.getLong("version")))
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<UUID, Set<OrganizationId>> towns = new HashMap<>();
        // All areas: every town row, with no IN list (H2 compares each row against a bound IN list).
        var townRows = where.isEmpty() ? h.createQuery("SELECT area_id, town_id FROM area_town")
                : h.createQuery("SELECT area_id, town_id FROM area_town WHERE area_id IN (<ids>)")
                        .bindList("ids", heads.stream().map(Head::id).toList());
        townRows.map((rs, ctx) -> towns.computeIfAbsent(uuid(rs, "area_id"), id -> new HashSet<>())
                        .add(new OrganizationId(uuid(rs, "town_id"))))
                .list();
        List<Area> areas = new ArrayList<>();
        for (Head head : heads) {
            areas.add(Area.restore(new Area.State(new AreaId(head.id()), head.layout(), head.name(),
                    towns.getOrDefault(head.id(), Set.of()), head.version())));
        }
        return areas;
    }
}
