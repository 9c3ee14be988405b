package org.excoord.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.excoord.shared.CleanText;
import org.excoord.shared.SaneDate;
import org.excoord.testing.EmbeddedPostgresSupport;
import org.excoord.testing.SecurityTest;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.metamodel.mapping.ManagedMappingType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The schema and the validation agree: for every attribute of every entity Hibernate maps (found through
 * Hibernate's own mapping, so a new entity or field is checked without being listed here), the column's size in
 * the migrated database ({@code information_schema.columns}) is at least the field's {@code @Size} max, every text
 * field is bounded and checked as {@link CleanText}, and every date is a {@link SaneDate}. A value the validation
 * accepts therefore always fits, and a value the column could not hold is a 400 naming the field, never a 409.
 */
@SecurityTest
@SpringBootTest(properties = {"excoord.embedded-postgres.enabled=false", "excoord.demo.enabled=false",
        "excoord.security.mode=NONE"})
class InputSchemaAgreementTests {

    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry);
    }

    /** One mapped attribute: the Java field and the column it is stored in. */
    record Mapped(Class<?> entity, Field field, String table, String column) {
        @Override
        public String toString() {
            return entity.getSimpleName() + "." + field.getName() + " (" + table + "." + column + ")";
        }
    }

    record ColumnInfo(String dataType, Integer maxLength) {
    }

    @Test
    void everyValidatedFieldFitsItsColumnAndEveryFieldIsValidated() {
        List<Mapped> attributes = mappedAttributes();
        Map<String, ColumnInfo> columns = columns();
        List<String> problems = new ArrayList<>();
        int strings = 0;
        int dates = 0;
        for (Mapped a : attributes) {
            ColumnInfo column = columns.get(a.table() + "." + a.column());
            if (column == null) {
                problems.add(a + ": no such column in the database");
                continue;
            }
            Class<?> type = a.field().getType();
            if (type == String.class) {
                strings++;
                Size size = a.field().getAnnotation(Size.class);
                if (size == null) {
                    problems.add(a + ": no @Size (an unbounded text)");
                } else if (column.maxLength() != null && size.max() > column.maxLength()) {
                    problems.add(a + ": @Size(max = " + size.max() + ") but the column is " + column.dataType() + "("
                            + column.maxLength() + ")");
                }
                CleanText clean = a.field().getAnnotation(CleanText.class);
                if (clean == null) {
                    problems.add(a + ": no @CleanText");
                } else if (clean.multiline() && column.maxLength() != null) {
                    problems.add(a + ": multi-line text in a " + column.dataType() + " column");
                }
            } else if (type == LocalDate.class || type == Instant.class) {
                dates++;
                if (a.field().getAnnotation(SaneDate.class) == null) {
                    problems.add(a + ": no @SaneDate");
                }
            }
        }
        assertThat(problems).isEmpty();
        // the walk really reached the mapping: the domain has dozens of texts and dates
        assertThat(strings).isGreaterThan(60);
        assertThat(dates).isGreaterThan(25);
        assertThat(attributes).extracting(Mapped::toString)
                .contains("LegalAmendment.name (legal_amendment.name)", "Receipt.fromPerson (executive_action.received_from_person)",
                        "ChatAddress.conversationId (chat_address.conversation_id)");
    }

    @Test
    void theCheckFindsAMismatch() {
        // the column an authority's derived amendment name goes to was varchar(300) before V7; the rule sees it
        Map<String, ColumnInfo> columns = columns();
        assertThat(columns.get("legal_amendment.name").maxLength()).isEqualTo(1000);
        assertThat(columns.get("executive_action.name").maxLength()).isEqualTo(100);
        assertThat(columns.get("action_item.details").maxLength()).isNull();
    }

    private List<Mapped> mappedAttributes() {
        SessionFactoryImplementor sessions = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
        List<Mapped> found = new ArrayList<>();
        sessions.getMappingMetamodel().forEachEntityDescriptor(persister -> collect(persister.getMappedJavaType()
                .getJavaTypeClass(), persister, found));
        return found;
    }

    private static void collect(Class<?> type, ManagedMappingType mapping, List<Mapped> found) {
        mapping.forEachAttributeMapping(attribute -> {
            if (attribute instanceof EmbeddableValuedModelPart embedded) {
                collect(embedded.getEmbeddableTypeDescriptor().getJavaType().getJavaTypeClass(),
                        embedded.getEmbeddableTypeDescriptor(), found);
                return;
            }
            if (attribute.getJdbcTypeCount() != 1 || attribute.isPluralAttributeMapping()) {
                return; // collections (roles, members) and associations are not text or dates
            }
            Field field = field(type, attribute);
            attribute.forEachSelectable((i, selectable) -> found.add(new Mapped(type, field,
                    selectable.getContainingTableExpression(), selectable.getSelectionExpression())));
        });
    }

    private static Field field(Class<?> type, AttributeMapping attribute) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(attribute.getAttributeName());
            } catch (NoSuchFieldException e) {
                // declared higher up (a mapped superclass)
            }
        }
        throw new IllegalStateException("no field " + attribute.getAttributeName() + " in " + type);
    }

    private Map<String, ColumnInfo> columns() {
        Map<String, ColumnInfo> columns = new HashMap<>();
        jdbc.query("select table_name, column_name, data_type, character_maximum_length from information_schema.columns"
                + " where table_schema = current_schema()", rs -> {
                    columns.put(rs.getString(1) + "." + rs.getString(2),
                            new ColumnInfo(rs.getString(3), (Integer) rs.getObject(4)));
                });
        return columns;
    }
}
