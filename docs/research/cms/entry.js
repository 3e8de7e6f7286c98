// Bundled from the npm build of @sveltia/cms, whose optional libraries (immutable, turndown, leaflet,
// shiki, fonts...) resolve from node_modules instead of unpkg.com / cdn.jsdelivr.net.
import CMS from '@sveltia/cms';
window.CMS = CMS;
