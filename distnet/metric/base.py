"""EvalMetric, the metric registry and create(), composite, loss and custom metrics."""
from collections import OrderedDict

import numpy

from .. import ndarray as nd, registry
from ..base import numeric_types
from ..ndarray.array_kinds import refuse_numpy_input
from ..ndarray.ndarray import NDArray
from ..ndarray.registry import KEEP_CLASS


def _np(x):
    """The numpy data of an NDArray; anything else fails on ``.asnumpy`` (AttributeError), as in MXNet."""
    return x.asnumpy()


def _cast(values, dtype):
    """``values.astype(dtype)`` as MXNet's NumPy casts: a NaN or out-of-range float converts without a warning."""
    if values.dtype.kind != "f":
        return values.astype(dtype)
    modes = numpy.seterr(invalid="ignore", over="ignore")     # (half numpy.errstate's cost, in every update)
    try:
        return values.astype(dtype)
    finally:
        numpy.seterr(**modes)


def _legacy_operand(opname, x):
    """Refuse ``x`` as MXNet's metric refuses it where it runs legacy operator ``opname`` on it."""
    if type(x) in KEEP_CLASS:
        refuse_numpy_input(opname)
    if not isinstance(x, NDArray):
        raise AssertionError(f"Argument data must have NDArray type, but got {x!s}")


def check_label_shapes(labels, preds, wrap=False, shape=False):
    """Raise ValueError unless labels and predictions have the same length (or ``shape``); optionally wrap in lists."""
    if not shape:
        label_shape, pred_shape = len(labels), len(preds)
    else:
        label_shape, pred_shape = labels.shape, preds.shape
    if label_shape != pred_shape:
        raise ValueError(f"Shape of labels {label_shape} does not match shape of predictions {pred_shape}")
    if wrap:        # only an NDArray: MXNet iterates over the rows of a numpy array
        if isinstance(labels, NDArray):
            labels = [labels]
        if isinstance(preds, NDArray):
            preds = [preds]
    return labels, preds


class EvalMetric:
    """The base class: a running ``sum_metric / num_inst``, per epoch (local) and overall (global).

    Parameters
    ----------
    name : str
        The metric's name, as ``get`` reports it.
    output_names, label_names : list of str
        The outputs and labels ``update_dict`` picks by name (all, in order, when None).
    """

    def __init__(self, name, output_names=None, label_names=None, **kwargs):
        self.name = str(name)
        self.output_names = output_names
        self.label_names = label_names
        self._has_global_stats = kwargs.pop("has_global_stats", False)
        self._kwargs = kwargs
        self.reset()

    def __str__(self):
        return f"EvalMetric: {dict(self.get_name_value())}"

    def get_config(self):
        """The constructor arguments, as a dict ``create`` accepts."""
        config = self._kwargs.copy()
        config.update({'metric': self.__class__.__name__, 'name': self.name,
                       'output_names': self.output_names, 'label_names': self.label_names})
        return config

    def update_dict(self, label, pred):
        """Update from dicts of name -> array."""
        pred = [pred[name] for name in self.output_names] if self.output_names is not None else list(pred.values())
        label = [label[name] for name in self.label_names] if self.label_names is not None else list(label.values())
        self.update(label, pred)

    def update(self, labels, preds):
        """Accumulate the metric over a batch of labels and predictions."""
        raise NotImplementedError()

    def reset(self):
        """Clear the local and global statistics."""
        self.num_inst = 0
        self.sum_metric = 0.0
        self.global_num_inst = 0
        self.global_sum_metric = 0.0

    def reset_local(self):
        """Clear the local statistics only."""
        self.num_inst = 0
        self.sum_metric = 0.0

    def _add(self, value, count):
        self.sum_metric += value
        self.global_sum_metric += value
        self.num_inst += count
        self.global_num_inst += count

    def get(self):
        """``(name, value)`` of the local statistics (value NaN before any update)."""
        if self.num_inst == 0:
            return (self.name, float('nan'))
        return (self.name, self.sum_metric / self.num_inst)

    def get_global(self):
        """``(name, value)`` of the global statistics."""
        if not self._has_global_stats:
            return self.get()
        if self.global_num_inst == 0:
            return (self.name, float('nan'))
        return (self.name, self.global_sum_metric / self.global_num_inst)

    def get_name_value(self):
        """``[(name, value), ...]`` of the local statistics."""
        return _pairs(*self.get())

    def get_global_name_value(self):
        """``[(name, value), ...]`` of the global statistics."""
        return _pairs(*self.get_global()) if self._has_global_stats else self.get_name_value()


def _pairs(name, value):
    names = name if isinstance(name, list) else [name]
    values = value if isinstance(value, list) else [value]
    return list(zip(names, values))


register = registry.get_register_func(EvalMetric, 'metric')
alias = registry.get_alias_func(EvalMetric, 'metric')
_create = registry.get_create_func(EvalMetric, 'metric')


def create(metric, *args, **kwargs):
    """A metric from a name, a callable ``feval(label, pred)``, an instance, or a list of these (composite)."""
    if callable(metric):
        return CustomMetric(metric, *args, **kwargs)
    if isinstance(metric, list):
        composite = CompositeEvalMetric()
        for child in metric:
            composite.add(create(child, *args, **kwargs))
        return composite
    _check_creatable(metric, args, kwargs, EvalMetric, "metric")
    return _create(metric, *args, **kwargs)


def _check_creatable(spec, args, kwargs, base_class, nickname):
    """Raise AssertionError (MXNet's type for these) for what the ``base_class`` registry cannot create."""
    known = registry.get_registry(base_class)
    if isinstance(spec, dict):
        return
    if not isinstance(spec, str):
        if not isinstance(spec, base_class):
            raise AssertionError(f"{nickname} must be of string type")
        if args or kwargs:
            raise AssertionError(f"{nickname} is already an instance. Additional arguments are invalid")
        return
    if spec.startswith(("[", "{")):
        if args or kwargs:
            raise AssertionError()      # MXNet's bare assert: a JSON spec carries its own arguments
        return
    if spec.lower() not in known:
        raise AssertionError(f"{spec.lower()} is not registered. Please register with {nickname}.register first")


@register
@alias('composite')
class CompositeEvalMetric(EvalMetric):
    """Several metrics updated together; ``get`` returns their names and values as two lists."""

    def __init__(self, metrics=None, name='composite', output_names=None, label_names=None):
        super().__init__(name, output_names=output_names, label_names=label_names, has_global_stats=True)
        self.metrics = [create(i) for i in ([] if metrics is None else metrics)]

    def add(self, metric):
        """Add a child metric (anything ``create`` accepts)."""
        self.metrics.append(create(metric))

    def get_metric(self, index):
        """The child metric at ``index``."""
        try:
            return self.metrics[index]
        except IndexError:   # MXNet returns (does not raise) this error
            return ValueError(f"Metric index {index} is out of range 0 and {len(self.metrics)}")

    def update_dict(self, labels, preds):
        if self.label_names is not None:
            labels = OrderedDict([i for i in labels.items() if i[0] in self.label_names])
        if self.output_names is not None:
            preds = OrderedDict([i for i in preds.items() if i[0] in self.output_names])
        for metric in self.metrics:
            metric.update_dict(labels, preds)

    def update(self, labels, preds):
        for metric in self.metrics:
            metric.update(labels, preds)

    def reset(self):
        for metric in getattr(self, "metrics", []):
            metric.reset()

    def reset_local(self):
        for metric in getattr(self, "metrics", []):
            metric.reset_local()

    def get(self):
        return self._collect("get")

    def get_global(self):
        return self._collect("get_global")

    def _collect(self, method):
        names, values = [], []
        for metric in self.metrics:
            name, value = getattr(metric, method)()
            names.extend([name] if isinstance(name, str) else name)
            values.extend([value] if isinstance(value, numeric_types) else value)     # (numpy.bool_ too, not complex)
        return (names, values)

    def get_config(self):
        config = super().get_config()
        config.update({'metrics': [i.get_config() for i in self.metrics]})
        return config


@register
class Loss(EvalMetric):
    """The mean of loss values (the predictions; labels are ignored)."""

    def __init__(self, name='loss', output_names=None, label_names=None):
        super().__init__(name, output_names=output_names, label_names=label_names, has_global_stats=True)

    def update(self, _, preds):
        if isinstance(preds, NDArray):
            preds = [preds]
        for pred in preds:
            _legacy_operand("sum", pred)
            loss = nd.sum(pred).asscalar()      # summed in pred's dtype, as MXNet's operator sums
            self.sum_metric += loss             # before the count: a sparse pred's size refuses after the sums
            self.global_sum_metric += loss
            self.num_inst += pred.size
            self.global_num_inst += pred.size


@register
class Torch(Loss):
    """A Loss metric named 'torch' (kept for compatibility)."""

    def __init__(self, name='torch', output_names=None, label_names=None):
        super().__init__(name, output_names=output_names, label_names=label_names)


@register
class Caffe(Loss):
    """A Loss metric named 'caffe' (kept for compatibility)."""

    def __init__(self, name='caffe', output_names=None, label_names=None):
        super().__init__(name, output_names=output_names, label_names=label_names)


@register
class CustomMetric(EvalMetric):
    """A metric from ``feval(label, pred)`` on numpy arrays, returning a value or ``(sum, count)``.

    Parameters
    ----------
    feval : callable
        The evaluation function.
    name : str
        The metric's name (default: the function's name).
    allow_extra_outputs : bool
        Allow more predictions than labels.
    """

    def __init__(self, feval, name=None, allow_extra_outputs=False, output_names=None, label_names=None):
        if name is None:
            name = feval.__name__
            if name.find('<') != -1:
                name = f'custom({name})'
        super().__init__(name, feval=feval, allow_extra_outputs=allow_extra_outputs, output_names=output_names,
                         label_names=label_names, has_global_stats=True)
        self._feval = feval
        self._allow_extra_outputs = allow_extra_outputs

    def update(self, labels, preds):
        if not self._allow_extra_outputs:
            labels, preds = check_label_shapes(labels, preds, True)
        for pred, label in zip(preds, labels):
            reval = self._feval(_np(label), _np(pred))
            if isinstance(reval, tuple):
                total, count = reval
                self._add(total, count)
            else:
                self._add(reval, 1)

    def get_config(self):
        raise NotImplementedError("CustomMetric cannot be serialized")


def np(numpy_feval, name=None, allow_extra_outputs=False):
    """A CustomMetric from a function of numpy ``(label, pred)``."""
    def feval(label, pred):
        return numpy_feval(label, pred)
    feval.__name__ = numpy_feval.__name__
    return CustomMetric(feval, name, allow_extra_outputs)
