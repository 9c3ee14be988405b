package org.excoord.directory;

import jakarta.validation.constraints.Size;
import org.excoord.shared.CleanText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A node of the organization tree. The materialized {@code path} of org codes ("/DEPT/OCIO/CYBER/") makes
 * "this unit and everything below it" a prefix match, which the managers' views and the overdue report rely
 * on. Org codes are unique, never contain '/', and do not change.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
    @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
    private Long id;

    @Size(max = 200)
    @CleanText
    private String name;
    @Size(max = 30)
    @CleanText
    private String abbreviation;
    @Column(name = "org_code")
    @Size(max = 30)
    @CleanText
    private String orgCode;
    @Column(name = "unit_type")
    @Size(max = 40)
    @CleanText
    private String unitType;
    @Column(name = "parent_id")
    private Long parentId;
    @Column(name = "manager_id")
    private Long managerId;
    @Size(max = 1000)
    @CleanText
    private String path;
    @Version
    private long version;

    protected OrgUnit() {
    }

    /**
     * @param parent the enclosing unit (already saved), or null for a root unit
     * @throws IllegalArgumentException when the org code is blank or contains '/'
     */
    public OrgUnit(String name, String abbreviation, String orgCode, String unitType, OrgUnit parent) {
        if (orgCode == null || orgCode.isBlank() || orgCode.contains("/")) {
            throw new IllegalArgumentException("an org code is required and may not contain '/': " + orgCode);
        }
        this.name = name;
        this.abbreviation = abbreviation;
        this.orgCode = orgCode;
        this.unitType = unitType;
        this.parentId = parent == null ? null : parent.getId();
        this.path = (parent == null ? "/" : parent.getPath()) + orgCode + "/";
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
