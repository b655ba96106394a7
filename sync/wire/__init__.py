"""The versioned envelope that stations and the server speak."""
