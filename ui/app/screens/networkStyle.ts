import type { StylesheetJson } from 'cytoscape';

// Colours per kind, each with a white label outline so labels stay readable (contrast) on any background.
export const KIND_COLOURS: Record<string, string> = {
  Person: '#1f5fa8', Company: '#9a3c00', Organization: '#6b3fa0', BankAccount: '#1d6b3a', Address: '#5c5f66',
  Place: '#7a6a00', Vehicle: '#a0163a', RealEstate: '#00637a', Document: '#444', Phone: '#8a2d6b', Ad: '#b0005c',
};

export function graphStyle(): StylesheetJson {
  return [
    { selector: 'node', style: { 'background-color': '#777', label: 'data(label)', 'font-size': 10, color: '#111',
      'text-outline-color': '#fff', 'text-outline-width': 2, 'min-zoomed-font-size': 7, width: 18, height: 18, 'text-valign': 'bottom', 'text-margin-y': 3 } },
    ...Object.entries(KIND_COLOURS).map(([kind, colour]) => ({ selector: `node[kind = "${kind}"]`, style: { 'background-color': colour } })),
    { selector: 'node[kind = "Company"], node[kind = "Organization"]', style: { shape: 'round-rectangle' } },
    { selector: 'node[kind = "Address"], node[kind = "Place"], node[kind = "RealEstate"]', style: { shape: 'diamond' } },
    { selector: 'node[kind = "BankAccount"]', style: { shape: 'hexagon' } },
    { selector: 'edge', style: { width: 1.2, 'line-color': '#9aa3ad', 'curve-style': 'haystack', opacity: 0.8 } },
    { selector: 'node.centre', style: { width: 28, height: 28, 'border-width': 3, 'border-color': '#111' } },
    { selector: 'node.key-figure', style: { 'border-width': 4, 'border-color': '#e07b00', 'font-weight': 'bold' } },
    { selector: '.on-path', style: { 'line-color': '#d10000', width: 3, 'border-width': 3, 'border-color': '#d10000', 'z-index': 10 } },
    { selector: 'node:selected', style: { 'overlay-color': '#ffbf00', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
  ] as StylesheetJson;
}
