"""``mx.contrib.quantization``: int8 models from float32 ones, as MXNet 1.9.1 makes them on a CPU.

``quantize_model`` rewrites a symbol with quantized operators (``graph_pass``), optionally runs it over
calibration data to fix the quantization ranges (``calibration``), and quantizes the weights and biases
offline. ``quantize_graph`` + ``calib_graph`` split the same steps around a user-driven collection.

Calibration sees the layer outputs MXNet's inference executor reports: with its default MKLDNN backend a
convolution or fully connected layer is fused with the ops after it, so only the data inputs (and
unfused layers) get calibrated ranges, as in MXNet; set MXNET_SUBGRAPH_BACKEND=NONE to calibrate every
layer. ``quantize_model_mkldnn`` and ``quantize_net``/``quantize_net_v2`` on the CPU need oneDNN's fused
int8 layers (``_sg_mkldnn_conv``...), which distnet does not have: they raise MXNetError.
"""
import ctypes            # noqa: F401  (MXNet's module exposes these names)
import logging
import os
import shutil            # noqa: F401
import warnings          # noqa: F401

import numpy as np

from ... import ndarray
from ...base import (_LIB, MXNetError, NDArrayHandle, SymbolHandle, c_array, c_str, c_str_array,  # noqa: F401
                     check_call, mx_uint, py_str)
from ...context import Context, cpu
from ...io import DataBatch, DataDesc, DataIter
from ...module import Module
from ...ndarray import NDArray, load as nd_load, save as nd_save  # noqa: F401
from ...symbol import Symbol, load as sym_load
from . import graph_pass
from .calibration import (_LayerHistogramCollector, _LayerOutputMinMaxCollector,  # noqa: F401
                          _collect_layer_histogram, _collect_layer_output_min_max, _collect_layer_statistics,
                          _get_optimal_threshold, _get_optimal_thresholds, _smooth_distribution,
                          combine_histogram, stats)
from .gluon import _DataIterWrapper, _as_data_iter, quantize_net, quantize_net_v2  # noqa: F401

# The module's namespace is MXNet's: its API, its helpers, and the names it imports (not its own submodules).
__all__ = ["Context", "DataBatch", "DataDesc", "DataIter", "Module", "NDArray", "NDArrayHandle", "Symbol",
           "SymbolHandle", "_DataIterWrapper", "_LIB", "_LayerHistogramCollector", "_LayerOutputMinMaxCollector",
           "_as_data_iter", "_calibrate_quantized_sym", "_collect_layer_histogram", "_collect_layer_output_min_max",
           "_collect_layer_statistics", "_get_optimal_threshold", "_get_optimal_thresholds", "_load_params",
           "_load_sym", "_quantize_params", "_quantize_symbol", "_smooth_distribution", "c_array", "c_str",
           "c_str_array", "calib_graph", "check_call", "combine_histogram", "cpu", "ctypes", "logging", "mx_uint",
           "nd_load", "nd_save", "ndarray", "np", "os", "py_str", "quantize_graph", "quantize_model",
           "quantize_model_mkldnn", "quantize_net", "quantize_net_v2", "shutil", "stats", "sym_load", "warnings"]


def _quantize_params(qsym, params, th_dict):
    """The arguments of ``qsym`` from the float ``params``: each ``<param>_quantize`` weight or bias
    quantized to int8 over its own range (with ``_min``/``_max``), other known params as they are, and
    ``<output>_min``/``_max`` from ``th_dict``."""
    quantized = {}
    for name in qsym.list_arguments():
        if name.endswith(('weight_quantize', 'bias_quantize')):
            param = params[name[:-len('_quantize')]]
            value, low, high = ndarray.contrib.quantize(data=param, min_range=ndarray.min(param),
                                                        max_range=ndarray.max(param), out_type='int8')
            quantized[name], quantized[name + '_min'], quantized[name + '_max'] = value, low, high
        elif name in params:
            quantized[name] = params[name]
        elif name.endswith('_min') and name[:-len('_min')] in th_dict:
            quantized[name] = ndarray.array([th_dict[name[:-len('_min')]][0]])
        elif name.endswith('_max') and name[:-len('_min')] in th_dict:   # MXNet cuts four letters here too
            quantized[name] = ndarray.array([th_dict[name[:-len('_min')]][1]])
    return quantized


def _quantize_symbol(sym, ctx, excluded_symbols=None, excluded_operators=None, offline_params=None,
                     quantized_dtype='int8', quantize_mode='smart', quantize_granularity='tensor-wise'):
    """(the quantized symbol, the layer outputs to calibrate) of the float32 ``sym``."""
    if excluded_symbols is not None and not isinstance(excluded_symbols, list):
        raise AssertionError()
    if excluded_operators is not None and not isinstance(excluded_operators, list):
        raise AssertionError()
    return graph_pass.quantize_symbol(sym, excluded_symbols or (), excluded_operators or (),
                                      offline_params or (), quantized_dtype, quantize_mode)


def _calibrate_quantized_sym(qsym, th_dict):
    """``qsym`` with the thresholds of ``th_dict`` set as its nodes' calibrated ranges."""
    if th_dict is None or len(th_dict) == 0:
        return qsym
    return graph_pass.set_calib_table(qsym, th_dict)


def _load_sym(sym, logger=None):
    """A Symbol, or one loaded from a JSON path (relative paths start at this package's folder, as MXNet's)."""
    if isinstance(sym, str):
        path = os.path.join(os.path.dirname(os.path.realpath(__file__)), sym)
        if logger:
            logger.info('Loading symbol from file %s' % path)
        return sym_load(path)
    if isinstance(sym, Symbol):
        return sym
    raise ValueError('_load_sym only accepts Symbol or path to the symbol file, while received type %s'
                     % str(type(sym)))


def _load_params(params, logger=None):
    """(arg_params, aux_params) from a .params path (``arg:``/``aux:`` keys) or a pair of dicts."""
    if isinstance(params, str):
        path = os.path.join(os.path.dirname(os.path.realpath(__file__)), params)
        if logger:
            logger.info('Loading params from file %s' % path)
        arg_params, aux_params = {}, {}
        for key, value in nd_load(path).items():
            kind, name = key.split(':', 1)
            if kind == 'arg':
                arg_params[name] = value
            if kind == 'aux':
                aux_params[name] = value
        return arg_params, aux_params
    if isinstance(params, (tuple, list)) and len(params) == 2:
        return params[0], params[1]
    raise ValueError('Unsupported params provided. Must be either a path to the param file or'
                     ' a pair of dictionaries representing arg_params and aux_params')


def _check_names(excluded, what, kind):
    if excluded is None:
        return []
    if not isinstance(excluded, list):
        raise ValueError('%s must be a list of strings representing the names of the %s that will not be '
                         'quantized, while received type %s' % (what, kind, str(type(excluded))))
    return excluded


def _check_options(quantized_dtype, quantize_granularity):
    if quantized_dtype not in ('int8', 'uint8', 'auto'):
        raise ValueError('unknown quantized_dtype %s received, expected `int8`, `uint8` or `auto`'
                         % quantized_dtype)
    if quantize_granularity not in ('tensor-wise', 'channel-wise'):
        raise ValueError('unkonwn quantize_granularity %s received, expected `tensor-wise` or `channel-wise`.'
                         % quantize_granularity)


def quantize_model(sym, arg_params, aux_params, data_names=('data',), label_names=('softmax_label',),
                   ctx=cpu(), excluded_sym_names=None, excluded_op_names=None, calib_mode='entropy',
                   calib_data=None, num_calib_examples=None, quantized_dtype='int8', quantize_mode='smart',
                   quantize_granularity='tensor-wise', logger=None):
    """A quantized model (qsym, qarg_params, aux_params) from a float32 one.

    Parameters
    ----------
    sym : Symbol
        The float32 network.
    arg_params, aux_params : dict of str to NDArray
        Its parameters.
    data_names, label_names : sequences of str
        The inputs of the Module that runs the calibration data.
    ctx : Context
        Where calibration runs.
    excluded_sym_names, excluded_op_names : list of str
        Layers (by name) and operators (by op name) to keep in float32.
    calib_mode : {'none', 'naive', 'entropy'}
        No calibration (ranges found at run time), each output's min/max over ``calib_data``, or the
        thresholds of least KL divergence.
    calib_data : DataIter
        Calibration data (required unless ``calib_mode='none'``).
    num_calib_examples : int or None
        Stop calibrating after this many examples.
    quantized_dtype : {'int8', 'uint8', 'auto'}
        The type data is quantized to ('auto': uint8 for a non-negative calibrated range).
    quantize_mode : {'smart', 'full'}
        Quantize only operators between quantized layers, or every quantizable one.
    quantize_granularity : {'tensor-wise', 'channel-wise'}
    logger : logging.Logger or None
    """
    excluded_sym_names = _check_names(excluded_sym_names, 'excluded_sym_names', 'symbols')
    excluded_op_names = _check_names(excluded_op_names, 'excluded_op_names', 'operators')
    if logger:
        os.environ['MXNET_QUANTIZATION_VERBOSE'] = '1'
        logger.info('Quantizing symbol')
    _check_options(quantized_dtype, quantize_granularity)
    qsym, calib_layer = _quantize_symbol(sym, ctx, excluded_symbols=excluded_sym_names,
                                         excluded_operators=excluded_op_names,
                                         offline_params=list(arg_params.keys()), quantized_dtype=quantized_dtype,
                                         quantize_mode=quantize_mode, quantize_granularity=quantize_granularity)
    th_dict = {}
    if calib_mode is not None and calib_mode != 'none':
        th_dict = _measured_thresholds(sym, arg_params, aux_params, data_names, label_names, ctx, calib_mode,
                                       calib_data, num_calib_examples, quantized_dtype, calib_layer, logger)
        qsym = _calibrate_quantized_sym(qsym, th_dict)
    if logger:
        logger.info('Quantizing parameters')
    return qsym, _quantize_params(qsym, arg_params, th_dict), aux_params


def _measured_thresholds(sym, arg_params, aux_params, data_names, label_names, ctx, calib_mode, calib_data,
                         num_calib_examples, quantized_dtype, calib_layer, logger):
    """{layer output: (low, high)} from running the float ``sym`` over ``calib_data`` in a Module."""
    if not isinstance(ctx, Context):
        raise ValueError('currently only supports single ctx, while received %s' % str(ctx))
    if calib_data is None:
        raise ValueError('calib_data must be provided when calib_mode=%s' % calib_mode)
    if not isinstance(calib_data, DataIter):
        raise ValueError('calib_data must be of DataIter type when calib_mode=%s, while received type %s'
                         % (calib_mode, str(type(calib_data))))
    mod = Module(symbol=sym, data_names=data_names, label_names=label_names, context=ctx)
    if len(calib_data.provide_label) > 0:
        mod.bind(for_training=False, data_shapes=calib_data.provide_data, label_shapes=calib_data.provide_label)
    else:
        mod.bind(for_training=False, data_shapes=calib_data.provide_data)
    mod.set_params(arg_params, aux_params)
    if calib_mode == 'entropy':
        hist_dict, num_examples = _collect_layer_histogram(mod, calib_data, include_layer=calib_layer,
                                                           max_num_examples=num_calib_examples, logger=logger)
        if logger:
            logger.info('Collected layer outputs from FP32 model using %d examples' % num_examples)
            logger.info('Calculating optimal thresholds for quantization')
        return _get_optimal_thresholds(hist_dict, quantized_dtype, logger=logger)
    if calib_mode == 'naive':
        th_dict, num_examples = _collect_layer_output_min_max(
            mod, calib_data, quantized_dtype, include_layer=calib_layer, max_num_examples=num_calib_examples,
            logger=logger)
        if logger:
            logger.info('Collected layer output min/max values from FP32 model using %d examples' % num_examples)
        return th_dict
    raise ValueError('unknown calibration mode %s received, expected `none`, `naive`, or `entropy`' % calib_mode)


def quantize_model_mkldnn(sym, arg_params, aux_params, data_names=('data',), label_names=('softmax_label',),
                          ctx=cpu(), excluded_sym_names=None, excluded_op_names=None, calib_mode='entropy',
                          calib_data=None, num_calib_examples=None, quantized_dtype='int8', quantize_mode='smart',
                          quantize_granularity='tensor-wise', logger=None):
    """``quantize_model`` with oneDNN's fused layers: refused, distnet does not build those graphs."""
    if not isinstance(ctx, Context):
        raise ValueError('currently only supports single ctx, while received %s' % str(ctx))
    if ctx.device_type != 'cpu':
        raise ValueError('quantize_model_mkldnn only support Intel cpu platform with MKL-DNN Backend')
    raise MXNetError("quantize_model_mkldnn: the MKLDNN_QUANTIZE backend's fused int8 layers "
                     "(_sg_mkldnn_conv, _sg_mkldnn_fully_connected) are not available in distnet; "
                     "use quantize_model, which gives the unfused quantized graph")


def quantize_graph(sym, arg_params, aux_params, ctx=cpu(), excluded_sym_names=None, excluded_op_names=None,
                   calib_mode='entropy', quantized_dtype='int8', quantize_mode='full',
                   quantize_granularity='tensor-wise', LayerOutputCollector=None, logger=None):
    """(qsym, qarg_params, aux_params, collector): the quantized graph without calibration, and a
    collector to fill (``collector.collect`` as an executor's monitor) before ``calib_graph``.

    ``calib_mode`` picks the collector: 'naive' (min/max), 'entropy' (histograms), 'customize'
    (``LayerOutputCollector``, an object with ``collect(name, arr)`` and ``min_max_dict``) or 'none'.
    The other parameters are ``quantize_model``'s.
    """
    excluded_sym_names = _check_names(excluded_sym_names, 'excluded_sym_names', 'symbols')
    if not isinstance(ctx, Context):
        raise ValueError('currently only supports single ctx, while received %s' % str(ctx))
    if logger:
        os.environ['MXNET_QUANTIZATION_VERBOSE'] = '1'
        logger.info('Quantizing graph')
    _check_options(quantized_dtype, quantize_granularity)
    qsym, calib_layer = _quantize_symbol(sym, ctx, excluded_symbols=excluded_sym_names,
                                         excluded_operators=excluded_op_names,
                                         offline_params=list(arg_params.keys()), quantized_dtype=quantized_dtype,
                                         quantize_mode=quantize_mode, quantize_granularity=quantize_granularity)
    collector = None
    if calib_mode is not None and calib_mode != 'none':
        collector = _new_collector(calib_mode, quantized_dtype, calib_layer, LayerOutputCollector, logger)
    if logger:
        logger.info('Quantizing parameters')
    return qsym, _quantize_params(qsym, arg_params, {}), aux_params, collector


def _new_collector(calib_mode, quantized_dtype, calib_layer, custom, logger):
    """The collector ``quantize_graph`` hands out for ``calib_mode``."""
    if calib_mode == 'entropy':
        collector, what = _LayerHistogramCollector(include_layer=calib_layer, logger=logger), \
            'Create a layer output collector for entropy calibration.'
    elif calib_mode == 'naive':
        collector, what = _LayerOutputMinMaxCollector(quantized_dtype=quantized_dtype, include_layer=calib_layer,
                                                      logger=logger), \
            'Create a layer output minmax collector for naive calibration'
    elif calib_mode == 'customize' and custom is not None:
        collector, what = custom, 'Create a customize layer output minmax collector for calibration'
    else:
        raise ValueError('unknown calibration mode %s received, expected `none`, `naive`, `entropy` or '
                         '`customize`' % calib_mode)
    if logger:
        logger.info(what)
        logger.info('Collector created, please use set_monitor_callback to collect calibration information.')
    return collector


def calib_graph(qsym, arg_params, aux_params, collector, calib_mode='entropy', quantized_dtype='int8',
                logger=logging):
    """(calibrated qsym, qarg_params, aux_params) from ``quantize_graph``'s symbol and its filled collector."""
    if calib_mode is None or calib_mode == 'none':
        raise ValueError('please set calibration mode to naive or entropy.')
    if calib_mode == 'entropy':
        if logger:
            logger.info('Calculating optimal thresholds for quantization')
        th_dict = _get_optimal_thresholds(collector.hist_dict, quantized_dtype, logger=logger)
    elif calib_mode in ('naive', 'customize'):
        th_dict = collector.min_max_dict
    else:
        raise ValueError('unknown calibration mode %s received, expected `none`, `naive`, `entropy` or '
                         '`customize`' % calib_mode)
    qsym = _calibrate_quantized_sym(qsym, th_dict)
    if logger:
        logger.info('Quantizing parameters')
    return qsym, _quantize_params(qsym, arg_params, th_dict), aux_params


def __dir__():
    """MXNet's names (a module there: no submodules, ``__path__`` or ``__all__``)."""
    return sorted(n for n in globals()
                  if n in __all__ or n.startswith("__") and n not in ("__path__", "__all__", "__dir__"))
