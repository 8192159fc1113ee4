// 资格审查 (route /eligibility): the screening view and the rule editor, switched by ?tab=.
// Rule set, reference date and unit live in the URL (?rs=&asOf=&unitId=&run=1&person=), so a
// view can be shared and a person's reasons linked to: /eligibility?rs=…&person=123.
import { Tabs } from 'antd';
import { FileSearchOutlined, FormOutlined } from '@ant-design/icons';
import { useEligibilityState } from './shared';
import { RuleEditor } from './RuleEditor';
import { ScreeningView } from './ScreeningView';
import './eligibility.css';

export default function EligibilityPage() {
  const [state, update] = useEligibilityState();
  return (
    <div data-testid="eligibility-page">
      <Tabs
        activeKey={state.tab}
        onChange={(k) => update({ tab: k === 'editor' ? 'editor' : 'screen' })}
        style={{ marginBottom: -8 }}
        items={[
          { key: 'screen', label: '资格审查', icon: <FileSearchOutlined /> },
          { key: 'editor', label: '规则编辑与假设分析', icon: <FormOutlined /> },
        ]}
        data-testid="eligibility-tabs"
      />
      {state.tab === 'editor' ? <RuleEditor /> : <ScreeningView />}
    </div>
  );
}
