import { REFORM_AREAS, type ReformArea } from '@motcua/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { addPlanTask, createPlan, listUnits, replacePlanTask } from '../../api/endpoints';
import type { CreatePlanBody, PlanActivityInput, PlanActivityView, PlanTaskInput, PlanTaskView } from '../../api/types';
import { withActivity, withActivityFields, withTaskFields } from './planEditLogic';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { useIdempotencyKey } from '../admin/useIdempotentMutation';

const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** The owner: the committee itself or a department/commune directly below it (as the server resolves codes). */
function OwnerSelect({ unit, value, onChange, id, allowClear }: { unit: string; value?: string; onChange?: (v: string) => void; id?: string; allowClear?: boolean }) {
  const below = useQuery({ queryKey: ['units', 'children', unit, 'latest'], queryFn: () => listUnits({ parent: unit }) });
  return (
    <Select
      {...(id ? { id } : {})}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear={allowClear ?? false}
      value={value ?? null}
      {...(onChange ? { onChange } : {})}
      loading={below.isLoading}
      options={[{ value: unit, label: unit }, ...(below.data ?? []).map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))]}
    />
  );
}

interface PlanShape {
  documentNumber: string;
  documentDate: Dayjs;
  title?: string;
}

/** "Tạo kế hoạch": the header of the unit's plan for the year; tasks are added afterwards. */
export function CreatePlanForm({ unit, year, onCreated }: { unit: string; year: number; onCreated: (planId: number) => void }) {
  const { t } = useTranslation('reform');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();
  const [form] = Form.useForm<PlanShape>();
  const mutation = useMutation({
    mutationFn: (v: PlanShape) => {
      const title = v.title?.trim();
      const body: CreatePlanBody = { unit, year, documentNumber: v.documentNumber.trim(), documentDate: iso(v.documentDate)!, ...(title ? { title } : {}), tasks: [] };
      return createPlan(body, keyFor(body));
    },
    onSuccess: (p) => {
      void queryClient.invalidateQueries({ queryKey: ['plans'] });
      void message.success(t('planEdit.created'));
      onCreated(p.id);
    },
  });
  const required = { required: true, message: t('required') };
  return (
    <Card size="small" className="mb" title={t('planEdit.create', { year })}>
      {mutation.error ? (
        <div className="mb">
          <ErrorAlert error={mutation.error} />
        </div>
      ) : null}
      <Form<PlanShape> form={form} layout="inline" disabled={mutation.isPending} onFinish={(v) => mutation.mutate(v)}>
        <Form.Item name="documentNumber" label={t('planEdit.documentNumber')} rules={[required, { max: 100 }]}>
          <Input placeholder="111/KH-UBND" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="documentDate" label={t('planEdit.documentDate')} rules={[required]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="title" label={t('planEdit.title')} rules={[{ max: 500 }]}>
          <Input style={{ width: 320 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={mutation.isPending}>
            {t('planEdit.createButton')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

/**
 * The mutation of a task/activity dialog: `save` sends the values (with the idempotency key of the
 * body); on success the plans reload, the `saved` message shows and the dialog closes.
 */
function usePlanSave<V>(save: (v: V, keyFor: (body: unknown) => string) => Promise<unknown>, saved: string, onClose: () => void) {
  const { t } = useTranslation('reform');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();
  return useMutation({
    mutationFn: (v: V) => save(v, keyFor),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['plans'] });
      void message.success(t(saved));
      onClose();
    },
  });
}

/** The content of a task or activity (both dialogs ask it the same way). */
function ContentItem() {
  const { t } = useTranslation('reform');
  return (
    <Form.Item name="content" label={t('plan.col.content')} rules={[{ required: true, message: t('required') }, { max: 2000 }]}>
      <Input.TextArea rows={3} />
    </Form.Item>
  );
}

/** The expected output of a task or activity. */
function ExpectedOutputItem() {
  const { t } = useTranslation('reform');
  return (
    <Form.Item name="expectedOutput" label={t('planEdit.expectedOutput')} rules={[{ max: 1000 }]}>
      <Input />
    </Form.Item>
  );
}

interface WorkShape {
  area?: ReformArea;
  code: string;
  content: string;
  owner?: string;
  deadline?: Dayjs;
}

/** "Thêm nhiệm vụ" (task undefined) or "Thêm hoạt động" on a task. */
export function WorkModal({
  planId,
  unit,
  task,
  taskCodes,
  onClose,
}: {
  planId: number;
  unit: string;
  task: PlanTaskView | undefined;
  taskCodes: readonly string[];
  onClose: () => void;
}) {
  const { t } = useTranslation('reform');
  const [form] = Form.useForm<WorkShape>();
  const mutation = usePlanSave(
    (v: WorkShape, keyFor) => {
      if (!task) {
        const body: PlanTaskInput = { code: v.code.trim(), area: v.area!, owner: v.owner!, content: v.content.trim(), deadline: iso(v.deadline), activities: [] };
        return addPlanTask(planId, body, keyFor({ planId, ...body }));
      }
      const activity: PlanActivityInput = { code: v.code.trim(), owner: v.owner ?? null, content: v.content.trim(), deadline: iso(v.deadline) };
      const body = withActivity(task, activity);
      return replacePlanTask(planId, task.id, body, keyFor({ planId, taskId: task.id, ...body }));
    },
    task ? 'planEdit.activityAdded' : 'planEdit.taskAdded',
    onClose,
  );
  const required = { required: true, message: t('required') };
  const codeTaken = (code: string) => (task ? task.activities.some((a) => a.code === code) : taskCodes.includes(code));
  return (
    <FormModal
      form={form}
      mutation={mutation}
      title={task ? t('planEdit.addActivityTo', { code: task.code }) : t('planEdit.addTask')}
      width={640}
      okText={t('save')}
      cancelText={t('cancel')}
      onClose={onClose}
      formProps={{ initialValues: task ? {} : { owner: unit } }}
    >
      {!task && (
        <Form.Item name="area" label={t('plan.area')} rules={[required]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={REFORM_AREAS.map((a, i) => ({ value: a, label: `${i}. ${t(`planEdit.areas.${a}`)}` }))} />
        </Form.Item>
      )}
      <Form.Item
        name="code"
        label={t('plan.col.code')}
        rules={[
          required,
          { max: 20 },
          { validator: (_, v: string | undefined) => (v && codeTaken(v.trim()) ? Promise.reject(new Error(t('planEdit.codeTaken'))) : Promise.resolve()) },
        ]}
      >
        <Input placeholder={task ? 'a' : '1'} style={{ width: 120 }} />
      </Form.Item>
      <ContentItem />
      <Form.Item name="owner" label={t('plan.col.owner')} rules={task ? [] : [required]} extra={task ? t('planEdit.ownerAsTask') : undefined}>
        <OwnerSelect unit={unit} allowClear={Boolean(task)} />
      </Form.Item>
      <Form.Item name="deadline" label={t('plan.col.deadline')} extra={t('planEdit.noDeadline')}>
        <DatePicker format="DD/MM/YYYY" defaultPickerValue={dayjs()} />
      </Form.Item>
    </FormModal>
  );
}

interface TaskEditShape {
  code: string;
  area: ReformArea;
  content: string;
  owner: string;
  cooperating?: string[];
  expectedOutput?: string;
  deadline?: Dayjs;
}

/** Co-operating units: units of the plan's committee to pick, or any name typed in. */
function CooperatingSelect({ unit, value, onChange, id }: { unit: string; value?: string[]; onChange?: (v: string[]) => void; id?: string }) {
  const below = useQuery({ queryKey: ['units', 'children', unit, 'latest'], queryFn: () => listUnits({ parent: unit }) });
  return (
    <Select
      {...(id ? { id } : {})}
      mode="tags"
      value={value ?? []}
      {...(onChange ? { onChange } : {})}
      tokenSeparators={[';']}
      loading={below.isLoading}
      options={(below.data ?? []).map((u) => ({ value: u.name, label: u.name }))}
    />
  );
}

/** "Sửa nhiệm vụ": every field of the task but its status, completion and evidence (own dialog); activities stay. */
export function TaskEditModal({ planId, unit, task, taskCodes, onClose }: { planId: number; unit: string; task: PlanTaskView; taskCodes: readonly string[]; onClose: () => void }) {
  const { t } = useTranslation('reform');
  const [form] = Form.useForm<TaskEditShape>();
  const mutation = usePlanSave(
    (v: TaskEditShape, keyFor) => {
      const body = withTaskFields(task, {
        code: v.code.trim(),
        area: v.area,
        content: v.content.trim(),
        owner: v.owner,
        cooperating: (v.cooperating ?? []).map((c) => c.trim()).filter(Boolean),
        expectedOutput: v.expectedOutput?.trim() || null,
        deadline: iso(v.deadline),
      });
      return replacePlanTask(planId, task.id, body, keyFor({ planId, taskId: task.id, ...body }));
    },
    'planEdit.taskSaved',
    onClose,
  );
  const required = { required: true, message: t('required') };
  return (
    <FormModal
      form={form}
      mutation={mutation}
      title={t('planEdit.editTask', { code: task.code })}
      width={720}
      okText={t('save')}
      cancelText={t('cancel')}
      onClose={onClose}
      formProps={{
        initialValues: {
          code: task.code,
          area: task.area,
          content: task.content,
          owner: task.owner.code,
          cooperating: task.cooperating,
          expectedOutput: task.expectedOutput ?? undefined,
          deadline: task.deadline ? dayjs(task.deadline) : undefined,
        },
      }}
    >
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item
          name="code"
          label={t('plan.col.code')}
          style={{ width: 140 }}
          rules={[
            required,
            { max: 20 },
            { validator: (_, v: string | undefined) => (v && v.trim() !== task.code && taskCodes.includes(v.trim()) ? Promise.reject(new Error(t('planEdit.codeTaken'))) : Promise.resolve()) },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="area" label={t('plan.area')} rules={[required]} style={{ flex: 1 }}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={REFORM_AREAS.map((a, i) => ({ value: a, label: `${i}. ${t(`planEdit.areas.${a}`)}` }))} />
        </Form.Item>
      </div>
      <ContentItem />
      <Form.Item name="owner" label={t('plan.col.owner')} rules={[required]}>
        <OwnerSelect unit={unit} />
      </Form.Item>
      <Form.Item name="cooperating" label={t('planEdit.cooperating')} extra={t('planEdit.cooperatingHint')}>
        <CooperatingSelect unit={unit} />
      </Form.Item>
      <ExpectedOutputItem />
      <Form.Item name="deadline" label={t('plan.col.deadline')} extra={t('planEdit.noDeadline')}>
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
    </FormModal>
  );
}

interface ActivityEditShape {
  content: string;
  owner?: string | null;
  expectedOutput?: string;
  deadline?: Dayjs;
}

/** "Sửa hoạt động": content, owner, output and deadline of one activity of a task (its code stays). */
export function ActivityEditModal({ planId, unit, task, activity, onClose }: { planId: number; unit: string; task: PlanTaskView; activity: PlanActivityView; onClose: () => void }) {
  const { t } = useTranslation('reform');
  const [form] = Form.useForm<ActivityEditShape>();
  const mutation = usePlanSave(
    (v: ActivityEditShape, keyFor) => {
      const body = withActivityFields(task, activity.code, { content: v.content.trim(), owner: v.owner ?? null, expectedOutput: v.expectedOutput?.trim() || null, deadline: iso(v.deadline) });
      return replacePlanTask(planId, task.id, body, keyFor({ planId, taskId: task.id, ...body }));
    },
    'planEdit.activitySaved',
    onClose,
  );
  return (
    <FormModal
      form={form}
      mutation={mutation}
      title={t('planEdit.editActivity', { code: `${task.code}.${activity.code}` })}
      width={640}
      okText={t('save')}
      cancelText={t('cancel')}
      onClose={onClose}
      formProps={{
        initialValues: {
          content: activity.content,
          owner: activity.owner?.code ?? null,
          expectedOutput: activity.expectedOutput ?? undefined,
          deadline: activity.deadline ? dayjs(activity.deadline) : undefined,
        },
      }}
    >
      <ContentItem />
      <Form.Item name="owner" label={t('plan.col.owner')} extra={t('planEdit.ownerAsTask')}>
        <OwnerSelect unit={unit} allowClear />
      </Form.Item>
      <ExpectedOutputItem />
      <Form.Item name="deadline" label={t('plan.col.deadline')} extra={t('planEdit.noDeadline')}>
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
    </FormModal>
  );
}
