import type { ComponentPropsWithRef } from 'react';

type ButtonProps = ComponentPropsWithRef<'button'> & {
  variant?: 'primary' | 'secondary' | 'warning' | 'link';
};

export function Button({ variant = 'primary', className, type = 'button', ...props }: ButtonProps) {
  return (
    <button
      {...props}
      type={type}
      className={[variant === 'link' ? 'link-button' : `button button--${variant}`, className]
        .filter(Boolean)
        .join(' ')}
    />
  );
}
