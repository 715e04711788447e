"""grad_req 'add' into the input of np.linalg.norm(a, 'nuc') raises nothing (only np.moveaxis itself refuses the request), as MXNet's norm kernel; one add pass only, as MXNet's later ones read stale memory."""
import numpy as onp
import mxnet as mx
from mxnet import autograd as ag, np, npx
from _words import words

npx.set_np()
A = onp.array([[1., 2, 0.5], [0.3, 1, 1], [0.2, 1, 2]])
for fn, label in [(lambda a, axis: np.linalg.norm(a, 'nuc', axis=axis), 'nuc norm'),
                  (lambda a, axis: np.moveaxis(a, 0, 1), 'moveaxis')]:
    for axis in [None]:
        for req in ['add', 'write']:
            a = np.array(A)
            a.attach_grad(req)
            with ag.record():
                y = fn(a, axis)
            try:
                y.backward()
                got = onp.round(a.grad.asnumpy(), 4).ravel().tolist()
            except Exception as e:
                got = words(e)
            print(label, axis, req, got)
