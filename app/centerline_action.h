// Layout → Use road layer…: the open project's roads drawn from a road layer where its lines pass the
// text's checks (geo/centerlines), the rest laid out again around them.
#pragma once

namespace luming::app {

class MainWindow;

// Asks for the layer, does the work in the background behind a progress dialog that cancels it, then
// shows the changed project (or says why nothing changed) and the counts in the status bar.
void useRoadLayer(MainWindow* window);

} // namespace luming::app
