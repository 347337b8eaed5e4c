/**
 * jsdom has the <dialog> element but not its methods. These do what a browser does that the tests can see: the
 * dialog opens (and is then in the accessibility tree) and closes.
 */
export function supportDialogs(): void {
  const proto = window.HTMLDialogElement.prototype;
  proto.showModal ??= function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  proto.close ??= function close(this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}
