package org.downhill.ui.surface;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import org.downhill.render.GridSampler;
import org.downhill.render.surface.CameraFit;
import org.downhill.render.surface.PathTube;
import org.downhill.render.surface.RunPath;
import org.downhill.render.surface.Surface;
import org.downhill.render.surface.SurfaceBuilder;
import org.downhill.render.surface.SurfaceSpec;
import org.downhill.ui.model.RunViewModel;

/**
 * The worker's side of the 3D view: a request (the surface wanted and the visible runs' paths)
 * in, the surface, the runs' tubes and the camera angles that show them best out. The runs travel with the request only as keys for the
 * FX thread; the worker reads the specs and the copied paths and nothing else.
 */
final class SceneWork implements Function<SceneWork.Request, SceneWork.Result> {

    /**
     * What to build.
     *
     * @param spec  the surface
     * @param runs  the runs, in the order of their paths (not read on the worker)
     * @param paths the runs' points, copied on the FX thread
     */
    record Request(SurfaceSpec spec, List<RunViewModel> runs, List<RunPath> paths) {
    }

    /**
     * What was built.
     *
     * @param surface the surface (the same object as last time if its spec did not change)
     * @param tubes   the runs' tubes, in the order of the request's paths
     * @param view    the camera angles that hide the least of the paths ({@link CameraFit})
     */
    record Result(Surface surface, List<PathTube> tubes, CameraFit.View view) {
    }

    private final SurfaceBuilder builder = new SurfaceBuilder(GridSampler.parallel(ForkJoinPool.commonPool(), 2));

    @Override
    public Result apply(Request request) {
        Surface surface = builder.build(request.spec());
        List<PathTube> tubes = request.paths().stream().map(p -> PathTube.of(p, surface)).toList();
        return new Result(surface, tubes, CameraFit.choose(surface, tubes, OrbitCamera.DEFAULT_TARGET,
                OrbitCamera.DEFAULT_DISTANCE, OrbitCamera.Preset.THREE_QUARTER.view()));
    }
}
