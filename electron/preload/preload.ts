// The preload of the main window: runs sandboxed, before the page, and gives it window.sochibo. Bundled into one
// file (build/bundle-electron.mjs) because a sandboxed preload can require only 'electron'. Exports nothing.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../../shared/api/bridge';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createBridge(ipcRenderer));
