package org.excoord.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A node of the organization tree. The materialized {@code path} ("/1/7/42/") makes "this unit and
 * everything below it" a prefix match, which the managers' views and the overdue report rely on.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
    @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
    private Long id;

    private String name;
    private String abbreviation;
    @Column(name = "org_code")
    private String orgCode;
    @Column(name = "unit_type")
    private String unitType;
    @Column(name = "parent_id")
    private Long parentId;
    @Column(name = "manager_id")
    private Long managerId;
    private String path;
    @Version
    private long version;

    protected OrgUnit() {
    }

    public OrgUnit(String name, String abbreviation, String orgCode, String unitType) {
        this.name = name;
        this.abbreviation = abbreviation;
        this.orgCode = orgCode;
        this.unitType = unitType;
    }

    /** Places this (already saved) unit under {@code parent}, or at the root when parent is null. */
    public void placeUnder(OrgUnit parent) {
        if (id == null) {
            throw new IllegalStateException("save the unit before placing it in the tree");
        }
        if (parent != null && parent.path.contains("/" + id + "/")) {
            throw new IllegalStateException("an org unit cannot be placed under its own descendant");
        }
        this.parentId = parent == null ? null : parent.id;
        this.path = (parent == null ? "/" : parent.path) + id + "/";
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    /** True when {@code other} is this unit or lies below it. */
    public boolean contains(OrgUnit other) {
        return other != null && other.path.startsWith(path);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAbbreviation() {
        return abbreviation;
    }

    public String getOrgCode() {
        return orgCode;
    }

    public String getUnitType() {
        return unitType;
    }

    public Long getParentId() {
        return parentId;
    }

    public Long getManagerId() {
        return managerId;
    }

    public String getPath() {
        return path;
    }

    public long getVersion() {
        return version;
    }
}
