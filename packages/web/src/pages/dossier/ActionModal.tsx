import { RATING_LEVELS, RETURN_VIAS, WorkCalendar } from '@motcua/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, AutoComplete, DatePicker, Form, Input, Modal, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { getCalendarYear, listUnits, postDossierEvent, searchProcedures } from '../../api/endpoints';
import type { ActionType, DossierView } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTimeVi, vnLocalDate, wallClockToVnIso, type WallClock } from '../../lib/format';
import { newIdempotencyKey } from '../../lib/ids';
import { FIXED_RECIPIENTS } from '../../lib/recipients';
import { ACTION_FIELDS, buildActionBody, type ActionFormValues } from './actionBody';
import { suggestNewAppointment } from './appointment';

interface FormShape extends Omit<ActionFormValues, 'newAppointment'> {
  appointment?: Dayjs;
}

/**
 * Departments of the receiving unit, valid today; a dossier of a unit that no longer exists
 * (merged in 2025) falls back to the departments it had when it was received.
 */
function useDepartments(dossier: DossierView, enabled: boolean) {
  return useQuery({
    queryKey: ['units', 'departments', dossier.unit],
    enabled,
    staleTime: 10 * 60_000,
    queryFn: async () => {
      try {
        return await listUnits({ parent: dossier.unit, level: 'department' });
      } catch (e) {
        if (e instanceof ApiError && e.code === 'NOT_FOUND' && dossier.receivedAt) {
          return listUnits({ parent: dossier.unit, level: 'department', at: vnLocalDate(dossier.receivedAt) });
        }
        throw e;
      }
    },
  });
}

/** Step names of the procedure's internal process, as suggestions for a hand-over. */
function useStepNames(dossier: DossierView, enabled: boolean) {
  return useQuery({
    queryKey: ['procedure', dossier.procedure.code],
    enabled,
    staleTime: 10 * 60_000,
    queryFn: () => searchProcedures(dossier.procedure.code, undefined),
    select: (page) => page.items.find((p) => p.code === dossier.procedure.code)?.steps ?? [],
  });
}

/**
 * The deployment's working calendar around the current appointment (days off as edited by the
 * admin); the shipped official calendar when it cannot be read.
 */
function useWorkCalendar(dossier: DossierView, enabled: boolean): WorkCalendar | undefined {
  const base = dossier.apology?.newAppointment ?? dossier.dueAt;
  const year = Number(vnLocalDate(base ?? undefined).slice(0, 4));
  const query = useQuery({
    queryKey: ['calendar', 'years', year, year + 1],
    enabled,
    staleTime: 60 * 60_000,
    retry: false,
    queryFn: async () => {
      const years = await Promise.allSettled([getCalendarYear(year), getCalendarYear(year + 1)]);
      return years.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    },
  });
  if (query.isError) return WorkCalendar.official();
  if (!query.data) return undefined;
  return query.data.length ? new WorkCalendar(query.data) : WorkCalendar.official();
}

/** A Vietnam wall-clock time as the picker's value (the picker shows and returns wall-clock parts). */
const wallClockToDayjs = (w: WallClock): Dayjs => dayjs(new Date(w.year, w.month - 1, w.day, w.hour, w.minute));

function ForwardFields({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const departments = useDepartments(dossier, true);
  const steps = useStepNames(dossier, true);
  const recipients = [...(departments.data ?? []).map((u) => u.name), ...FIXED_RECIPIENTS];
  const form = Form.useFormInstance<FormShape>();
  return (
    <>
      <Form.Item name="to" label={t('dossier.form.recipient')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <AutoComplete
          options={recipients.map((name) => ({ value: name }))}
          placeholder={t('dossier.form.departmentPlaceholder')}
          showSearch={{ filterOption: (input, option) => (option?.value ?? '').toLowerCase().includes(input.toLowerCase()) }}
        />
      </Form.Item>
      <Form.Item name="step" label={t('dossier.form.stepName')}>
        <AutoComplete
          options={(steps.data ?? []).map((s) => ({ value: s.name, label: `${s.name}${s.department ? ` — ${s.department}` : ''}` }))}
          placeholder={t('dossier.form.stepPlaceholder')}
          onSelect={(name: string) => {
            // Picking a step of the process also proposes its department as the recipient.
            const dept = steps.data?.find((s) => s.name === name)?.department;
            if (dept && !form.getFieldValue('to')) form.setFieldValue('to', dept);
          }}
        />
      </Form.Item>
    </>
  );
}

function ActionFields({ type, dossier, suggested }: { type: ActionType; dossier: DossierView; suggested: WallClock | undefined }) {
  const { t } = useTranslation();
  const f = ACTION_FIELDS[type];
  const plain = !f.reason && !f.to && !f.via && !f.level && !f.newAppointment;
  return (
    <>
      {plain && (
        <Typography.Paragraph>{t('dossier.form.confirmPlain', { action: t(`action.${type}`), code: dossier.code })}</Typography.Paragraph>
      )}
      {f.to && <ForwardFields dossier={dossier} />}
      {f.newAppointment && (
        <Form.Item
          name="appointment"
          label={t('dossier.form.newAppointment')}
          {...(suggested
            ? { extra: t('dossier.form.newAppointmentSuggested', { current: formatDateTimeVi(dossier.apology?.newAppointment ?? dossier.dueAt) }) }
            : {})}
          rules={[
            { required: true, message: t('common.required') },
            {
              validator: (_, v: Dayjs | undefined) =>
                !v || v.valueOf() > Date.now() ? Promise.resolve() : Promise.reject(new Error(t('dossier.form.newAppointmentAfterDue'))),
            },
          ]}
        >
          <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="DD/MM/YYYY HH:mm" style={{ width: '100%' }} />
        </Form.Item>
      )}
      {f.via && (
        <Form.Item name="via" label={t('dossier.form.via')} rules={[{ required: true, message: t('common.required') }]}>
          <Radio.Group optionType="button" options={RETURN_VIAS.map((v) => ({ value: v, label: t(`via.${v}`) }))} />
        </Form.Item>
      )}
      {f.level && (
        <Form.Item name="level" label={t('dossier.form.level')} rules={[{ required: true, message: t('common.required') }]}>
          <Radio.Group optionType="button" options={RATING_LEVELS.map((v) => ({ value: v, label: t(`rating.${v}`) }))} />
        </Form.Item>
      )}
      {f.reason && (
        <Form.Item
          name="reason"
          label={f.reason === 'required' ? t('dossier.form.reason') : t('dossier.form.reasonOptional')}
          rules={f.reason === 'required' ? [{ required: true, whitespace: true, message: t('common.required') }] : []}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      )}
    </>
  );
}

/** One action on the dossier: its small form, the POST with an Idempotency-Key, the outcome. */
export function ActionModal({ type, dossier, onClose }: { type: ActionType; dossier: DossierView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FormShape>();
  // One key per intended submission: a retry of the same body (lost response, double click)
  // reuses it so the server applies the action once; a changed body is a new submission.
  const attempt = useRef<{ key: string; body: string }>(undefined);
  const [error, setError] = useState<unknown>();
  // Apology: propose the next working day after the current appointment (the officer edits it).
  const calendar = useWorkCalendar(dossier, type === 'apology');
  const suggested = type === 'apology' && calendar ? suggestNewAppointment(dossier, calendar) : undefined;
  const suggestedKey = suggested ? wallClockToVnIso(suggested) : '';
  useEffect(() => {
    if (suggested && !form.isFieldTouched('appointment')) form.setFieldValue('appointment', wallClockToDayjs(suggested));
    // Only when the suggestion itself changes (calendar loaded), not on every render.
  }, [suggestedKey, form]);

  const mutation = useMutation({
    mutationFn: ({ body, key }: { body: ReturnType<typeof buildActionBody>; key: string }) => postDossierEvent(dossier.code, body, key),
    onSuccess: (view) => {
      queryClient.setQueryData(['dossier', dossier.code], view);
      void queryClient.invalidateQueries({ queryKey: ['dossiers'] });
      void message.success(t('dossier.form.done', { action: t(`action.${type}`) }));
      onClose();
    },
    onError: (e) => {
      setError(e);
      // The dossier changed under us (someone else acted): refresh its buttons.
      if (e instanceof ApiError && e.code === 'ACTION_NOT_ALLOWED') void queryClient.invalidateQueries({ queryKey: ['dossier', dossier.code] });
    },
  });

  const submit = async () => {
    const v = await form.validateFields();
    const a = v.appointment;
    const values: ActionFormValues = { ...v };
    if (a) values.newAppointment = wallClockToVnIso({ year: a.year(), month: a.month() + 1, day: a.date(), hour: a.hour(), minute: a.minute() });
    const body = buildActionBody(type, values);
    const json = JSON.stringify(body);
    if (attempt.current?.body !== json) attempt.current = { key: newIdempotencyKey(), body: json };
    setError(undefined);
    mutation.mutate({ body, key: attempt.current.key });
  };

  const danger = type === 'refused' || type === 'rejected' || type === 'withdrawn';
  return (
    <Modal
      open
      title={`${t(`action.${type}`)} — ${dossier.code}`}
      okText={t('dossier.form.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger, loading: mutation.isPending }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {error !== undefined && (
        <div className="mb">
          <ErrorAlert error={error} />
        </div>
      )}
      <Form<FormShape> form={form} layout="vertical" disabled={mutation.isPending}>
        <ActionFields type={type} dossier={dossier} suggested={suggested} />
      </Form>
    </Modal>
  );
}
