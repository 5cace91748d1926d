import type cytoscape from 'cytoscape';
import { KIND_STYLES, ROLE_COLORS } from './kinds';

const nodeKinds = Object.entries(KIND_STYLES).map(([kind, style]) => ({
  selector: `node[kind = "${kind}"]`,
  style: { 'background-color': style.color, shape: style.shape },
}));

const roleEdges = Object.entries(ROLE_COLORS).map(([role, color]) => ({
  selector: `edge[qualifier = "${role}"]`,
  style: { 'line-color': color, 'target-arrow-color': color, color },
}));

/**
 * Readable at 50-150 nodes: names are short and never overlap (the layout leaves room for them), and
 * `scale` enlarges them when the whole graph must be drawn small, so a name never shows below about 11
 * pixels at the zoom that fits the graph. Statements carry no label on the canvas: their words are in the
 * feed and the hover card, and the box of their speaker says who said them.
 */
export const graphStyle = (scale: number) => [
  {
    selector: 'node',
    style: {
      label: 'data(shortLabel)',
      'background-color': '#9e9e9e',
      width: 26,
      height: 26,
      'font-size': 12 * scale,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '200px',
      'min-zoomed-font-size': 6,
      'border-width': 1,
      'border-color': '#fff',
      color: '#1b1b1b',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
    },
  },
  ...nodeKinds,
  { selector: 'node[kind = "Statement"]', style: { width: 22, height: 16, label: '' } },
  { selector: 'node[kind = "Country"], node[kind = "Conflict"], node[kind = "NegotiationProcess"]', style: { 'font-size': 14 * scale, 'font-weight': 'bold' } },
  {
    selector: 'node[kind = "Group"]',
    style: {
      shape: 'round-rectangle',
      'background-color': '#fdf3d7',
      'background-opacity': 0.55,
      'border-width': 1,
      'border-color': '#c9a227',
      'border-style': 'dashed',
      padding: '12px',
      label: '',
    },
  },
  { selector: 'node[depth = 0]', style: { width: 40, height: 40, 'font-size': 14 * scale, 'font-weight': 'bold' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'curve-style': 'bezier',
      'line-color': '#8a8f98',
      'target-arrow-color': '#8a8f98',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      label: 'data(label)',
      'font-size': 8,
      color: '#444',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      // Plain relationship names appear once the reader zooms in; roles and titles (below) always show.
      'min-zoomed-font-size': 11,
    },
  },
  ...roleEdges,
  { selector: 'edge[qualifier]', style: { width: 2.5, 'font-weight': 'bold', 'font-size': 9, 'min-zoomed-font-size': 6 } },
  { selector: 'edge[?conditional]', style: { label: 'data(conditionLabel)', 'min-zoomed-font-size': 6 } },
  { selector: 'edge[?conditional]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
  { selector: 'edge[modality = "NEGATED"]', style: { 'line-style': 'dotted', 'line-color': '#b71c1c', 'target-arrow-shape': 'tee' } },
  { selector: 'edge[modality = "FUTURE"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [2, 3] } },
  { selector: 'edge[bundleLabel]', style: { label: 'data(bundleLabel)', width: 3.5, 'min-zoomed-font-size': 9 } },
  { selector: '.filtered, .implied, .bundled', style: { display: 'none' } },
  { selector: 'node.context', style: { opacity: 0.35, 'text-opacity': 0.75 } },
  { selector: 'edge.context', style: { opacity: 0.12 } },
  { selector: 'edge.in-focus', style: { width: 3, 'line-color': '#14324a', 'target-arrow-color': '#14324a', 'z-index': 5, 'min-zoomed-font-size': 5 } },
  { selector: '.faded', style: { opacity: 0.2 } },
  {
    selector: 'node.on-path',
    style: { 'border-width': 4, 'border-color': '#e6007e', opacity: 1 },
  },
  {
    selector: 'edge.on-path',
    style: { width: 4, 'line-color': '#e6007e', 'target-arrow-color': '#e6007e', color: '#8c004c', 'z-index': 10, opacity: 1 },
  },
] as unknown as cytoscape.StylesheetJson;
