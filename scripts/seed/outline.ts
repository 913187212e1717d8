/**
 * The unit plan ("Annual Business Unit Operational Plan 2008/9") laid out as the seed's CONTENTS
 * page lists it. Each section says which stretch of the seed it holds, by anchor lines. Headings
 * that only repeat the section's own title ("PURPOSE OF THE SERVICE", "UNIT 2: PRIMARY CORE
 * SERVICES ...", "PROJECTS, DEVELOPMENTS, KEY ACTIONS") are left out: the outline carries them.
 */
import type { PlanHeader } from '../../shared/model/plan';
import { actionTable } from '../../shared/plan-text/action-tables';
import { budgetTables } from '../../shared/plan-text/budget-tables';
import { markdownToDoc, paragraphsDoc } from '../../shared/plan-text/markdown-to-doc';
import { kpiTable, leadRolesTable, nationalIndicatorsTable, staffingTable } from '../../shared/plan-text/plan-tables';
import { consultationsTable, envAdaptationTable, envObjectivesTable, risksTable } from '../../shared/plan-text/register-tables';
import { SeedLines, tableLines, textLines } from './seed-lines';
import { narrative, table, type BlockIn, type SectionIn } from '../../shared/plan-text/types';

export const STRUCTURE_CHART_NOTE = '[The structure chart is an image in the source plan and is not reproduced here.]';

const md = (lines: string[]): BlockIn => narrative(markdownToDoc(lines));
const level1 = (title: string, ...blocks: BlockIn[]): SectionIn => ({ title, level: 1, blocks });
const level2 = (title: string, ...blocks: BlockIn[]): SectionIn => ({ title, level: 2, blocks });

/** The title page: "**Cabinet Member: Chris Wells**" and the lines above CONTENTS. */
function header(s: SeedLines): PlanHeader {
  const field = (label: string) => {
    const line = s.lines.find((l) => l.startsWith(`**${label}:`));
    if (!line) throw new Error(`seed has no ${label}`);
    return line.replace(/^\*\*[^:]+:\s*|\*\*\s*$/g, '').trim();
  };
  const top = textLines(s.lines.slice(0, s.find('# CONTENTS')))
    .map((l) => l.trim())
    .filter(Boolean);
  const title = top.find((l) => /Plan \d{4}\/\d+$/.test(l)) ?? '';
  return {
    directorate: `${top[0]} ${top[1]}`,
    division: top[2],
    title,
    year: Number(/(\d{4})\/\d+$/.exec(title)?.[1]),
    cabinetMember: field('Cabinet Member'),
    director: field('Director'),
    planContact: field('Unit Business Plan Contact'),
  };
}

/** The five units in CONTENTS order, with the anchor that starts each one's core-service text. */
const UNITS = [
  { title: 'Early Years & Childcare', budget: 'Early Years', core: '### **UNIT 1: EARLY YEARS AND CHILDCARE**' },
  { title: 'Primary', budget: 'Primary', core: '## UNIT 2: PRIMARY CORE SERVICES AND FORECAST ACTIVITY LEVELS' },
  { title: 'Secondary', budget: 'Secondary', core: '## **UNIT 3: SECONDARY CORE SERVICES AND FORECAST ACTIVITY LEVELS**' },
  {
    title: 'Professional Development',
    budget: 'Professional Development',
    core: '## **UNIT 4; PROFESSIONAL DEVELOPMENT CORE SERVICES AND FORECAST ACTIVITY LEVELS**',
  },
  {
    title: 'Improvement Partnerships',
    budget: 'Improvement Partnerships',
    core: '## **UNIT 5: IMPROVEMENT PARTNERSHIPS CORE SERVICES AND FORECAST ACTIVITY LEVELS**',
  },
];
const ACTIONS = '## PROJECTS, DEVELOPMENTS, KEY ACTIONS';

export interface UnitPlan {
  header: PlanHeader;
  sections: SectionIn[];
  actionsPerUnit: Record<string, number>;
}

export function unitPlan(text: string, notes: string[]): UnitPlan {
  const s = new SeedLines(text);
  const budgets = budgetTables(s.lines);
  const actionsPerUnit: Record<string, number> = {};

  const unitSections = UNITS.flatMap((u, i): SectionIn[] => {
    const next = UNITS[i + 1]?.core ?? '### Risks';
    const start = s.find(u.core);
    const budget = budgets.get(`Advisory Service Kent - ${u.budget}`);
    if (!budget) throw new Error(`no budget table for ${u.budget}`);
    const actions = actionTable(s.between(ACTIONS, next, start), notes);
    actionsPerUnit[actions.unitTitle] = actions.actionCount;
    return [
      level1(u.title),
      level2('Revenue Budget', budget.block),
      level2('Core Service & Forecast Activity Levels', md(s.between(u.core, ACTIONS, start - 1))),
      level2('Projects, Developments & Key Actions', table('actions', 'Projects, Developments & Key Actions', actions.rows)),
    ];
  });

  const env = s.between('**Corporate Environmental Performance and Climate Change Adaptation**', '## SECTION 2: PRIORITIES AND OBJECTIVES');
  const envSplit = env.findIndex((l) => l.startsWith('Project / development / key action'));
  const risks = s.between('### Risks', '## CONSULTATION EXERCISES, SATISFACTION SURVEYS, REVIEWS');
  const consultations = s.between('## CONSULTATION EXERCISES, SATISFACTION SURVEYS, REVIEWS', '## STAFFING');
  const staffingStart = s.find('## STAFFING');
  const change = s.find('<b>Significant change to meet needs/demand</b>');

  const sections: SectionIn[] = [
    level1('Purpose of the Service', md(s.between('**PURPOSE OF THE SERVICE**', '**PLANNING CONTEXT AND PRIORITIES**'))),
    level1(
      'Planning Context & Priorities',
      md([
        ...s.between('**PLANNING CONTEXT AND PRIORITIES**', '## **National Context**'),
        ...s.from('## **Partnerships**', '<b>Significant change to meet needs/demand</b>'),
      ]),
    ),
    level2('Legislative/statutory context', md(s.from('## **National Context**', '## **Partnerships**'))),
    level2('Significant change to meet needs/demand', md(s.between('--', '### **Consultation on the Leadership Strategy Action Plan (May 2007)**', change))),
    level2(
      'Public/user/non user feedback',
      md(s.from('### **Consultation on the Leadership Strategy Action Plan (May 2007)**', '## Review of Performance 2007 -2008')),
    ),
    level2('Previous years performance', md(s.from('## Review of Performance 2007 -2008', '### Key Performance Indicators'))),
    level2(
      'Key Performance Indicators',
      kpiTable(s.between('### Key Performance Indicators', '### National Indicator Dataset:')),
      md(s.from('### National Indicator Dataset:', '<b>Ref</b>\t<b>Indicator</b>')),
      nationalIndicatorsTable(s.between('### National Indicator Dataset:', '### Achievements/Outcomes 2007-8')),
    ),
    level2('Key Achievements/outcomes', md(s.from('### Achievements/Outcomes 2007-8', '### Service Comparisons'))),
    level2('Service Comparisons', md(s.between('### Service Comparisons', '## **Section 17 Crime and Disorder Act**'))),
    level1('Section 17 Crime and Disorder Act', md(s.between('## **Section 17 Crime and Disorder Act**', '## **Equalities and Diversity**'))),
    level1(
      'Equalities and Diversity',
      md(s.between('## **Equalities and Diversity**', '**Corporate Environmental Performance and Climate Change Adaptation**')),
    ),
    level1(
      'Corporate Environmental Performance and Climate Change Adaptation',
      envObjectivesTable(env.slice(0, envSplit)),
      envAdaptationTable(env.slice(envSplit)),
    ),
    level1('Key Responsibilities', md(s.between('### KEY RESPONSIBILITIES OF THE SERVICE', '**LEAD ROLES**'))),
    level1('Lead Roles', leadRolesTable(s.between('**LEAD ROLES**', '# CHILDREN FAMILIES & EDUCATION 2008/09 BUDGET'))),
    ...unitSections,
    level1('Risks', md(textLines(risks)), risksTable(tableLines(risks))),
    level1('Consultation Exercises, Satisfaction Surveys, Reviews', md(textLines(consultations)), consultationsTable(tableLines(consultations))),
    level1(
      'Capacity, Skills and Development Planning',
      md(s.from('#### Standards and Achievement Division Staff Development', '### Equalities and Diversity', staffingStart)),
    ),
    level1('Staffing'),
    level2('Equalities and Diversity', md(s.between('### Equalities and Diversity', '# Structure Chart', staffingStart))),
    level2('Structure Chart', narrative(paragraphsDoc(STRUCTURE_CHART_NOTE))),
    level2('Staffing Levels', staffingTable(s.between('## Staffing', '### SECTION 3: MONITORING AND REVIEW - HOW DO WE KNOW WE ARE THERE?'))),
    level1('Monitoring and Review', md(s.between('### SECTION 3: MONITORING AND REVIEW - HOW DO WE KNOW WE ARE THERE?', null))),
  ];
  return { header: header(s), sections, actionsPerUnit };
}
