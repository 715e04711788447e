"""dir() of mx.nd.ndarray and mx.sym.symbol lists MXNet's array and symbol creation functions (usable there), and the public names of engine, random, gluon.trainer/loss/utils, visualization, initializer, nd.linalg, library, rtc and optimizer leak no distnet helper (no FTRL alias)."""
import types

import mxnet as mx

print(mx.nd.ndarray.zeros((2,)), mx.nd.ndarray.add(mx.nd.ones((2,)), 2), mx.nd.ndarray.arange(3))
print(mx.sym.symbol.zeros((2,)).tojson() == mx.sym.zeros((2,)).tojson(), mx.sym.symbol.arange(3).list_outputs()[0][-7:])
wanted = {'ndarray.ndarray': ['add', 'arange', 'array', 'concatenate', 'divide', 'empty', 'equal', 'eye', 'from_dlpack',
                              'from_numpy', 'full', 'greater', 'greater_equal', 'histogram', 'imdecode', 'lesser',
                              'lesser_equal', 'linspace', 'logical_and', 'logical_or', 'logical_xor', 'maximum', 'minimum',
                              'modulo', 'moveaxis', 'multiply', 'not_equal', 'onehot_encode', 'ones', 'op', 'power',
                              'split_v2', 'subtract', 'to_dlpack_for_read', 'to_dlpack_for_write', 'true_divide', 'zeros'],
          'symbol.symbol': ['arange', 'eye', 'full', 'histogram', 'linspace', 'ones', 'op', 'split_v2', 'zeros', 'var',
                            'Variable', 'Group', 'load', 'load_json', 'pow', 'power', 'maximum', 'minimum', 'hypot']}
for name, names in wanted.items():
    module = eval('mx.' + name)
    print(name, [n for n in names if n not in dir(module)])
for name in ('engine', 'random', 'gluon.trainer', 'gluon.loss', 'gluon.utils', 'visualization', 'initializer', 'nd.linalg',
             'library', 'rtc', 'optimizer'):
    module = eval('mx.' + name)
    public = [n for n in dir(module) if not n.startswith('_') and not isinstance(getattr(module, n), types.ModuleType)]
    print(name, len(public), ' '.join(public))
