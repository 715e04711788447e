"""Profiler rows of a custom operator's Python code: CustomOp.assign, out[:] = ..., and copyto each show a CopyCPU2CPU under the operator's name (forward and backward), a copy from host memory (nd.array of a list or numpy array, out[:] = numpy array) an unnamed row there only; nd.array of an NDArray shows one CopyCPU2CPU row (engine rows left out)."""
# recorded on AVX2
import json
import os
import tempfile
import numpy as np
import mxnet as mx
from mxnet import profiler
from _profiler_rows import run

profiler.set_config(profile_all=True, aggregate_stats=True, filename=os.path.join(tempfile.mkdtemp(), "p.json"))
ENGINE = ("DeleteVariable", "WaitForVar", "ResourceParallelRandomSetSeed")


def custom_rows(title, body):
    class Op(mx.operator.CustomOp):
        def forward(self, is_train, req, in_data, out_data, aux):
            body(self, req, in_data, out_data)

        def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
            self.assign(in_grad[0], req[0], out_grad[0])

    name = 'op_' + title.replace(' ', '_')

    @mx.operator.register(name)
    class Prop(mx.operator.CustomOpProp):
        def __init__(self):
            super(Prop, self).__init__(need_top_grad=True)

        def list_arguments(self):
            return ['data']

        def list_outputs(self):
            return ['output']

        def infer_shape(self, in_shape):
            return [in_shape[0]], [in_shape[0]], []

        def create_operator(self, ctx, shapes, dtypes):
            return Op()

    x = mx.nd.array([0., 1, 2, 3])
    x.attach_grad()
    mx.nd.waitall()
    profiler.set_state('run')
    with mx.autograd.record():
        y = mx.nd.Custom(x, op_type=name)
    y.backward()
    mx.nd.waitall()
    profiler.set_state('stop')
    table = json.loads(profiler.dumps(format='json', reset=True))['Time']
    for domain in ('Custom Operator', 'operator'):
        rows = sorted((n, v['Count']) for n, v in table.get(domain, {}).items() if n.split('::')[-1] not in ENGINE)
        print(title, domain, rows)
    print(title, y.asnumpy(), x.grad.asnumpy())


custom_rows("assign plus", lambda self, req, i, o: self.assign(o[0], req[0], i[0] + 1))
custom_rows("assign input", lambda self, req, i, o: self.assign(o[0], req[0], i[0]))
custom_rows("setitem", lambda self, req, i, o: o[0].__setitem__(slice(None), i[0] * 2))
custom_rows("copyto", lambda self, req, i, o: (i[0] * 3).copyto(o[0]))
custom_rows("zeros then assign", lambda self, req, i, o: (mx.nd.zeros((2, 2)), self.assign(o[0], req[0], i[0])))
custom_rows("array of list", lambda self, req, i, o: (mx.nd.array([1., 2]), self.assign(o[0], req[0], i[0])))
custom_rows("array of numpy", lambda self, req, i, o: self.assign(o[0], req[0], mx.nd.array(i[0].asnumpy() + 1)))
custom_rows("array of nothing", lambda self, req, i, o: (mx.nd.array([]), self.assign(o[0], req[0], i[0])))
custom_rows("setitem numpy", lambda self, req, i, o: o[0].__setitem__(slice(None), i[0].asnumpy() * 5))
custom_rows("setitem number", lambda self, req, i, o: o[0].__setitem__(slice(None), 7.))

run("nd.array of NDArray", lambda: mx.nd.array(mx.nd.ones(3)))
run("nd.array of NDArray as int", lambda: mx.nd.array(mx.nd.ones(3), dtype='int32'))
run("nd.array of numpy", lambda: mx.nd.array(np.ones(3)))
run("nd.array of list", lambda: mx.nd.array([1, 2]))
run("setitem numpy", lambda: mx.nd.zeros(3).__setitem__(slice(None), np.ones(3)))
