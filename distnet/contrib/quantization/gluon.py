"""Quantization of Gluon networks: calibration data from any iterable, and ``quantize_net``."""
import warnings

from ...base import MXNetError
from ...context import Context, cpu
from ...io import DataBatch, DataDesc, DataIter
from ...ndarray import zeros as nd_zeros


class _DataIterWrapper(DataIter):
    """A DataIter over any iterable of batches (a Gluon DataLoader, a list of arrays): the first batch
    gives the shapes, ``data`` (and ``data0``, ``data1``... for the other arrays of a batch)."""

    def __init__(self, calib_data):            # pylint: disable=super-init-not-called
        self._data = calib_data
        try:
            calib_iter = iter(calib_data)
        except TypeError as e:
            raise TypeError('calib_data is not a valid iterator. {}'.format(str(e)))
        example = next(calib_iter)
        example = list(example) if isinstance(example, (list, tuple)) else [example]
        assert len(example) > 0
        if len(example[0].shape) > 4:          # 5-D/6-D data folds its first two axes together
            example[0] = example[0].reshape((-1,) + example[0].shape[2:])
        self.provide_data = [DataDesc(name='data', shape=example[0].shape)]
        self.provide_data += [DataDesc(name='data{}'.format(i), shape=x.shape) for i, x in enumerate(example[1:])]
        if len(example) >= 3:
            self.provide_data = [DataDesc(name='data{}'.format(i), shape=x.shape) for i, x in enumerate(example)]
        self.batch_size = example[0].shape[0]
        self.reset()

    def reset(self):
        self._iter = iter(self._data)

    def next(self):
        batch = next(self._iter)
        if len(batch[0].shape) > 4:
            batch[0] = batch[0].reshape((-1,) + batch[0].shape[2:])
        return DataBatch(data=batch)


def _as_data_iter(calib_data):
    """(a DataIter over ``calib_data``, its provide_data)."""
    if isinstance(calib_data, DataIter):
        return calib_data, calib_data.provide_data
    calib_data = _DataIterWrapper(calib_data)
    return calib_data, calib_data.provide_data


def _run_once(network, data_shapes, calib_data):
    """A forward of zeros of the DataDescs' shapes, as MXNet runs before exporting the network. Where the network
    takes fewer inputs, the last is dropped, from the calibration data's descriptions too (which must exist)."""
    inputs = [nd_zeros(desc.shape) for desc in data_shapes]
    while True:
        try:
            return network(*inputs)
        except TypeError:
            del inputs[-1]
            del calib_data.provide_data[-1]     # (without calibration data: an AttributeError, as in MXNet)


def _check_quantization(exclude_layers, ctx, quantized_dtype, quantize_granularity, calib_mode, calib_data,
                        custom_collector):
    """MXNet's checks of the arguments, in its order, up to its first calibration batch."""
    from . import _check_names, _check_options, _new_collector      # (that module imports this one)
    _check_names(exclude_layers, 'excluded_sym_names', 'symbols')
    if not isinstance(ctx, Context):
        raise ValueError('currently only supports single ctx, while received %s' % str(ctx))
    _check_options(quantized_dtype, quantize_granularity)
    if calib_mode is None or calib_mode == 'none':
        return
    _new_collector(calib_mode, quantized_dtype, None, custom_collector, None)
    if calib_data is None:
        raise ValueError('calib_data must be provided when calib_mode=%s' % calib_mode)
    calib_data.reset()
    next(calib_data)


def quantize_net_v2(network, quantized_dtype='auto', quantize_mode='full', quantize_granularity='tensor-wise',
                    exclude_layers=None, exclude_layers_match=None, exclude_operators=None, calib_data=None,
                    data_shapes=None, calib_mode='none', num_calib_examples=None, ctx=cpu(),
                    LayerOutputCollector=None, logger=None):
    """A quantized SymbolBlock from a Gluon HybridBlock: refused on the CPU, where MXNet builds it from
    oneDNN's fused int8 layers, which distnet does not have."""
    if logger:
        logger.info('Export HybridBlock')
    network.hybridize()
    if calib_data is not None:
        calib_data, described = _as_data_iter(calib_data)
        data_shapes = data_shapes or described
    if not data_shapes:
        raise ValueError('data_shapes required')
    _run_once(network, data_shapes, calib_data)
    _check_quantization(exclude_layers, ctx, quantized_dtype, quantize_granularity, calib_mode, calib_data,
                        LayerOutputCollector)
    if ctx == cpu():
        raise MXNetError("quantize_net_v2: on the CPU MXNet quantizes the network through the MKLDNN_QUANTIZE "
                         "backend (fused _sg_mkldnn_conv / _sg_mkldnn_fully_connected int8 layers), which "
                         "distnet does not implement; export the network and use "
                         "mx.contrib.quantization.quantize_model on its symbol instead")
    raise MXNetError(f"quantize_net_v2: unsupported context {ctx}; distnet runs on the CPU only")


def quantize_net(network, quantized_dtype='auto', quantize_mode='full', exclude_layers=None,
                 exclude_layers_match=None, exclude_operators=None, calib_data=None, data_shapes=None,
                 calib_mode='none', num_calib_examples=None, ctx=cpu(), logger=None):
    """``quantize_net_v2`` with tensor-wise granularity (deprecated by MXNet 2.0)."""
    warnings.warn('WARNING: This will be deprecated after MXNet 2.0, please use quantize_net_v2.')
    return quantize_net_v2(network=network, quantized_dtype=quantized_dtype, quantize_mode=quantize_mode,
                           quantize_granularity='tensor-wise', exclude_layers=exclude_layers,
                           exclude_layers_match=exclude_layers_match, exclude_operators=exclude_operators,
                           calib_data=calib_data, data_shapes=data_shapes, calib_mode=calib_mode,
                           num_calib_examples=num_calib_examples, ctx=ctx, LayerOutputCollector=None,
                           logger=logger)
