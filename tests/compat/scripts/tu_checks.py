import os
import sys
import tempfile

import numpy as np
import mxnet as mx
from mxnet import test_utils as tu

np.random.seed(11)
q = tu.new_orthonormal_matrix_2d(3)
print(np.round(q, 6).tolist(), np.allclose(q.T @ q, np.eye(3)))
m = tu.new_matrix_with_real_eigvals_2d(3)
print(np.round(m, 6).tolist())
print(np.round(np.sort(np.linalg.eigvals(m).real), 6).tolist())
print(tu.new_matrix_with_real_eigvals_nd((2, 2, 3, 3)).shape)
s = tu.new_sym_matrix_with_real_eigvals_2d(3)
print(np.round(s, 6).tolist(), np.allclose(s, s.T))
print(tu.new_sym_matrix_with_real_eigvals_nd((2, 2, 2)).shape)

a, b = mx.sym.var('a'), mx.sym.var('b')
print(tu.same_symbol_structure(mx.sym.relu(a) + b, mx.sym.relu(b) + a),
      tu.same_symbol_structure(mx.sym.relu(a) + b, mx.sym.sigmoid(a) + b))
try:
    tu.checkShapes(np.zeros((2, 3)), np.zeros((3, 2)))
except AssertionError:
    print('AssertionError')
tu.checkShapes(np.zeros(2), np.ones(2))
x, y = np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[1.0, 2.5], [3.0, 4.0]])
print(tu.locationError(x, y, (0, 1), ('x', 'y')), tu.locationError(x, y, (1, 0), ('p', 'q'), maxError=True))
print(tu._find_max_violation(x, y, 1e-3, 1e-3))
print(list(tu._sorted_dict({'b': 1, 'a': 2}).items()), tu._sorted_items({'z': 0, 'y': 1}))
loc = tu._parse_location(a + b, [np.ones(2), np.zeros(2)], mx.cpu())
print(list(loc), loc['a'].dtype)
loc = tu._parse_location(a + b, {'a': np.ones(2), 'b': np.zeros(2, 'float16')}, mx.cpu(), dtype='asnumpy')
print(loc['b'].dtype)
try:
    tu._parse_location(a + b, {'a': np.ones(2)}, mx.cpu())
except ValueError:
    print('ValueError')
bn = mx.sym.BatchNorm(a, name='bn')
print(sorted(tu._parse_aux_states(bn, [np.zeros(2), np.ones(2)], mx.cpu())), tu._parse_aux_states(bn, None, mx.cpu()))

data = mx.sym.var('data')
net = mx.sym.FullyConnected(data, num_hidden=3, name='fc')
net = mx.sym.Activation(net, act_type='tanh')
ctx_list = [{'ctx': mx.cpu(0), 'data': (2, 4), 'type_dict': {'data': np.float32}},
            {'ctx': mx.cpu(0), 'data': (2, 4), 'type_dict': {'data': np.float64}}]
gt = tu.check_consistency(net, ctx_list, rtol=1e-3, atol=1e-4)
print(sorted(gt), gt['fc_weight'].dtype, gt['fc_weight'].shape)
print(np.round(gt['fc_weight'].asnumpy(), 4).tolist())
print(np.round(gt[net.list_outputs()[0]].asnumpy(), 4).tolist())
gt = tu.check_consistency(net, ctx_list, grad_req='null', use_uniform=True, scale=0.5)
print(sorted(gt))
print(round(tu.check_speed(net, ctx=mx.cpu(), N=2, data=(2, 4)) * 0, 1),
      round(tu.check_speed(net, location={'data': np.ones((2, 4)), 'fc_weight': np.ones((3, 4)), 'fc_bias': np.ones(3)},
                           N=1, typ='forward') * 0, 1))
try:
    tu.check_speed(net, data=(2, 4), typ='backward')
except ValueError as e:
    print('ValueError', e)

mx.random.seed(3)
tu.compare_optimizer(mx.optimizer.SGD(learning_rate=0.1, momentum=0.9), mx.optimizer.SGD(learning_rate=0.1, momentum=0.9),
                     (3, 2), 'float32')
tu.compare_optimizer(mx.optimizer.Adam(), mx.optimizer.Adam(), (3, 2), 'float32', g_stype='row_sparse')
try:
    tu.compare_optimizer(mx.optimizer.SGD(learning_rate=0.1), mx.optimizer.SGD(learning_rate=0.2), (4,), 'float32')
except AssertionError:
    print('optimizers differ')

with tu.discard_stderr():
    sys.stderr.write('hidden\n')
print('after discard')
try:
    tu.get_cuda_compute_capability(mx.cpu())
except ValueError as e:
    print(e)
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'data.bin')
with open(path, 'wb') as f:
    f.write(b'abc')
print(tu.download('http://example.invalid/data.bin', dirname=tmp) == path)
print(tu.download('http://example.invalid/x/data.bin', fname=path) == path)
print(tu.download_model('no-such-model', dst_dir=tmp))
os.remove(path)
os.rmdir(tmp)
