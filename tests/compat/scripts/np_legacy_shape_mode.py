"""mx.np without npx.set_np(): 0-d results exist but operators refuse them; integer indexing keeps an axis."""
import os
import runpy

from mxnet import np

# the indexing and assignment probes of np_indexing_assign, here without npx.set_np()
probes = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "np_indexing_assign.py"),
                        run_name="np_legacy_shape_mode")
t = probes["t"]
s = np.sum(np.array([1., 2.]))
for e in ['s + 1', 's * s', 'np.sqrt(s)', 'np.array(2.) + 1', 's.item()', 'float(s)', 'repr(s)', 'np.exp(np.array(1.))',
          'np.array(1.).reshape(1)', 's[()]', 'np.mean(s)', 'np.array([1., 2.]) * s', 'np.array(3.) > 1',
          'np.linalg.norm(np.array([3., 4.]))', 'np.average(np.array([1., 2.]), weights=np.array([1., 3.]))',
          'np.where(np.array([1., 0.]) > 0.5, np.array([1., 2.]), np.array(0.))', 'np.zeros((2, 0))', 'np.array(5)']:
    t(e, globals())
