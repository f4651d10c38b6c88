import { Form, Modal, type FormInstance, type FormProps } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';

/**
 * The dialog every create/edit form uses: validate, then run the mutation; the server's error
 * above the fields; the form disabled while saving; a click outside does not discard the input.
 */
export function FormModal<T>({
  form,
  mutation,
  title,
  width,
  okText,
  cancelText,
  onClose,
  intro,
  formProps,
  children,
}: {
  form: FormInstance<T>;
  mutation: { isPending: boolean; error: unknown; mutate: (values: T) => void };
  title: ReactNode;
  width?: number;
  okText: string;
  cancelText: string;
  onClose: () => void;
  /** What the form is about, shown above the error and the fields. */
  intro?: ReactNode;
  formProps?: Omit<FormProps<T>, 'form' | 'layout' | 'disabled' | 'children'>;
  children: ReactNode;
}) {
  return (
    <Modal
      open
      {...(width ? { width } : {})}
      title={title}
      okText={okText}
      cancelText={cancelText}
      okButtonProps={{ loading: mutation.isPending }}
      onOk={() => void form.validateFields().then((v) => mutation.mutate(v), () => undefined)}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {intro}
      {mutation.error ? (
        <div className="mb">
          <ErrorAlert error={mutation.error} />
        </div>
      ) : null}
      <Form<T> form={form} layout="vertical" disabled={mutation.isPending} {...formProps}>
        {children}
      </Form>
    </Modal>
  );
}
