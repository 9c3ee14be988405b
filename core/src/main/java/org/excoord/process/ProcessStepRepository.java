package org.excoord.process;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcessStepRepository extends JpaRepository<ProcessStep, Long> {

    List<ProcessStep> findByTemplateIdOrderByOrderAscIdAsc(Long templateId);
}
