import { Component, type ReactNode } from 'react';

/** Keeps a failing component from another part of the app from taking the whole page down with it. */
export class SlotBoundary extends Component<{ name: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return (
        <p className="slot-error" role="alert">
          {this.props.name} failed to load; the rest of the wizard still works.
        </p>
      );
    }
    return this.props.children;
  }
}
