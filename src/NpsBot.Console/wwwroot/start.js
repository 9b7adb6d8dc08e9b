// Starts Blazor with enhanced navigation off (App.razor loads blazor.web.js with autostart="false"; the console's
// Content-Security-Policy allows no inline script, hence this file). Once a page runs in its circuit, the interactive
// router handles every link. Before that, enhanced navigation would fetch the clicked page into the document while the
// circuit started for the previous one, and the circuit then drew the previous page under the new address (a manager
// who clicked the dashboard's theme bar at that moment saw the dashboard at /console/responses). A full page load
// starts a circuit for the page clicked.
Blazor.start({ ssr: { disableDomPreservation: true } });
