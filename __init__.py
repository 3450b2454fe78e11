"""vetplan: Vietnamese vocational-education plans → validated structured data.

Pipeline (data flows one way): ``vetplan.ingest`` (bytes → raw page text) →
``vetplan.normalize`` (damaged OCR text → correct Vietnamese) → ``vetplan.extract``
(text → sections → fields) → ``vetplan.schemas`` (the published JSON contract).
"""

__version__ = "0.1.0"
