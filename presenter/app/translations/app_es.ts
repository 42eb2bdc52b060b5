<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>click</source>
        <translation>clic</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>First / last slide</source>
        <translation>Primera / última diapositiva</translation>
    </message>
    <message>
        <source>Number, then Enter</source>
        <translation>Número y luego Intro</translation>
    </message>
    <message>
        <source>Go to that slide</source>
        <translation>Ir a esa diapositiva</translation>
    </message>
    <message>
        <source>Replay this step</source>
        <translation>Repetir este paso</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>Black screen (press again to return)</source>
        <translation>Pantalla negra (pulse de nuevo para volver)</translation>
    </message>
    <message>
        <source>White screen (press again to return)</source>
        <translation>Pantalla blanca (pulse de nuevo para volver)</translation>
    </message>
    <message>
        <source>Captions on the audience screen: normal, large, off</source>
        <translation>Subtítulos en la pantalla del paciente: normales, grandes, no</translation>
    </message>
    <message>
        <source>Slower / faster (0.5× to 1.5×)</source>
        <translation>Más lento / más rápido (de 0,5× a 1,5×)</translation>
    </message>
    <message>
        <source>Show or hide the presenter view</source>
        <translation>Mostrar u ocultar la vista del presentador</translation>
    </message>
    <message>
        <source>Swap screens (with two screens)</source>
        <translation>Intercambiar pantallas (con dos pantallas)</translation>
    </message>
    <message>
        <source>Glossary for the patient (→ and ← turn its pages)</source>
        <translation>Glosario para el paciente (→ y ← pasan sus páginas)</translation>
    </message>
    <message>
        <source>Full screen / leave full screen</source>
        <translation>Pantalla completa / salir de pantalla completa</translation>
    </message>
    <message>
        <source>This help (any key closes it)</source>
        <translation>Esta ayuda (cualquier tecla la cierra)</translation>
    </message>
    <message>
        <source>End the presentation (asks first)</source>
        <translation>Terminar la presentación (pregunta antes)</translation>
    </message>
    <message>
        <source>Prepare it again</source>
        <translation>Prepararla de nuevo</translation>
    </message>
    <message>
        <source>Slide {slide} of {slides}</source>
        <translation>Diapositiva {slide} de {slides}</translation>
    </message>
    <message>
        <source>This animation can&apos;t be shown right now.</source>
        <translation>Esta animación no se puede mostrar ahora.</translation>
    </message>
    <message>
        <source>Preparing the animation…</source>
        <translation>Preparando la animación…</translation>
    </message>
    <message>
        <source>it starts by itself when it is ready</source>
        <translation>empieza sola cuando esté lista</translation>
    </message>
    <message>
        <source>waiting for its turn to be prepared</source>
        <translation>esperando su turno para prepararse</translation>
    </message>
    <message>
        <source>Its video file is missing. Press R to prepare it again.</source>
        <translation>Falta su archivo de video. Pulse R para prepararlo de nuevo.</translation>
    </message>
    <message>
        <source>Slide {slide}: {file} is missing.</source>
        <translation>Diapositiva {slide}: falta {file}.</translation>
    </message>
    <message>
        <source>The video is damaged ({why}). Press R to prepare it again.</source>
        <translation>El video está dañado ({why}). Pulse R para prepararlo de nuevo.</translation>
    </message>
    <message>
        <source>Slide {slide}: {file} could not be played: {why}.</source>
        <translation>Diapositiva {slide}: no se pudo reproducir {file}: {why}.</translation>
    </message>
    <message>
        <source>It is not prepared, and this computer cannot prepare it: the render folder is read-only.</source>
        <translation>No está preparada y esta computadora no puede prepararla: la carpeta de animaciones es de solo lectura.</translation>
    </message>
    <message>
        <source>The render folder is read-only: slides {slides} cannot be prepared here.</source>
        <translation>La carpeta de animaciones es de solo lectura: las diapositivas {slides} no se pueden preparar aquí.</translation>
    </message>
    <message>
        <source>Slide {slide}: the animation could not be prepared ({error}).</source>
        <translation>Diapositiva {slide}: no se pudo preparar la animación ({error}).</translation>
    </message>
    <message>
        <source>It could not be prepared: {error}. Press R to try again.</source>
        <translation>No se pudo preparar: {error}. Pulse R para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Presenter view — {title}</source>
        <translation>Vista del presentador — {title}</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Notes and references</source>
        <translation>Notas y referencias</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositivas</translation>
    </message>
    <message>
        <source>Slide {slide} of {slides} · Step {step} of {steps}</source>
        <translation>Diapositiva {slide} de {slides} · Paso {step} de {steps}</translation>
    </message>
    <message>
        <source>The audience sees the end card. ← goes back.</source>
        <translation>El paciente ve la tarjeta final. ← vuelve atrás.</translation>
    </message>
    <message>
        <source>End card · after slide {slides}</source>
        <translation>Tarjeta final · después de la diapositiva {slides}</translation>
    </message>
    <message>
        <source>End of the deck</source>
        <translation>Fin de la presentación</translation>
    </message>
    <message>
        <source>The end card</source>
        <translation>La tarjeta final</translation>
    </message>
    <message>
        <source>Next: the end card ({title}).</source>
        <translation>Después: la tarjeta final ({title}).</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>Todavía no está lista</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (y {count} más)</translation>
    </message>
    <message>
        <source>Your edit can&apos;t be used yet{more}. The patient still sees the last good version.</source>
        <translation>Su cambio todavía no se puede usar{more}. El paciente sigue viendo la última versión correcta.</translation>
    </message>
    <message>
        <source>Audience sees the animation</source>
        <translation>El paciente ve la animación</translation>
    </message>
    <message>
        <source>Audience screen is BLACK (press B)</source>
        <translation>La pantalla del paciente está en NEGRO (pulse B)</translation>
    </message>
    <message>
        <source>Audience screen is WHITE (press W)</source>
        <translation>La pantalla del paciente está en BLANCO (pulse W)</translation>
    </message>
    <message>
        <source>Audience sees the glossary, page {page} of {pages} (any key closes it)</source>
        <translation>El paciente ve el glosario, página {page} de {pages} (cualquier tecla lo cierra)</translation>
    </message>
    <message>
        <source>captions on</source>
        <translation>subtítulos activados</translation>
    </message>
    <message>
        <source>captions off</source>
        <translation>subtítulos desactivados</translation>
    </message>
    <message>
        <source>speed {speed}×</source>
        <translation>velocidad {speed}×</translation>
    </message>
    <message>
        <source>sharp (hd)</source>
        <translation>nítida (hd)</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>vista previa</translation>
    </message>
    <message>
        <source>preparing slide {slide} · {quality}…</source>
        <translation>preparando la diapositiva {slide} · {quality}…</translation>
    </message>
    <message>
        <source>{count} renders waiting</source>
        <translation>{count} animaciones en espera</translation>
    </message>
    <message>
        <source>1 render waiting</source>
        <translation>1 animación en espera</translation>
    </message>
    <message>
        <source>the deck&apos;s {field}</source>
        <translation>el campo {field} de la presentación</translation>
    </message>
    <message>
        <source>Slide {number} ({title})</source>
        <translation>Diapositiva {number} ({title})</translation>
    </message>
    <message>
        <source>Slide {number}</source>
        <translation>Diapositiva {number}</translation>
    </message>
    <message>
        <source>step {number}</source>
        <translation>paso {number}</translation>
    </message>
    <message>
        <source>line {line} cannot be read. Check that it is indented like the lines around it, and put text containing &apos;:&apos; or &apos;#&apos; in quotes.</source>
        <translation>la línea {line} no se puede leer. Revise que tenga la misma sangría que las líneas vecinas y ponga entre comillas el texto que contenga &apos;:&apos; o &apos;#&apos;.</translation>
    </message>
    <message>
        <source>should be a whole number from {low} to {high}, not {value}</source>
        <translation>debe ser un número entero de {low} a {high}, no {value}</translation>
    </message>
    <message>
        <source>Only one screen is connected.</source>
        <translation>Solo hay una pantalla conectada.</translation>
    </message>
    <message>
        <source>Go to slide {number}…  (Enter)</source>
        <translation>Ir a la diapositiva {number}…  (Intro)</translation>
    </message>
    <message>
        <source>There is no slide {number}: this deck has {count}.</source>
        <translation>No hay diapositiva {number}: esta presentación tiene {count}.</translation>
    </message>
    <message>
        <source>Captions on</source>
        <translation>Subtítulos activados</translation>
    </message>
    <message>
        <source>Captions off</source>
        <translation>Subtítulos desactivados</translation>
    </message>
    <message>
        <source>Large captions</source>
        <translation>Subtítulos grandes</translation>
    </message>
    <message>
        <source>Speed {speed}×</source>
        <translation>Velocidad {speed}×</translation>
    </message>
    <message>
        <source>End the presentation?</source>
        <translation>¿Terminar la presentación?</translation>
    </message>
    <message>
        <source>The patient&apos;s screen closes. You can present again from the start.</source>
        <translation>La pantalla del paciente se cierra. Puede volver a presentar desde el inicio.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Keep presenting</source>
        <translation>Seguir presentando</translation>
    </message>
    <message>
        <source>What would you like to show?</source>
        <translation>¿Qué quiere mostrar?</translation>
    </message>
    <message>
        <source>Choose a deck and its language. Untick the slides this patient does not need, then press Present.</source>
        <translation>Elija una presentación y su idioma. Desmarque las diapositivas que este paciente no necesita y pulse Presentar.</translation>
    </message>
    <message>
        <source>No decks found. Deck files (.yaml) go in assets/decks; docs/decks.md shows how to write one.</source>
        <translation>No se encontraron presentaciones. Los archivos (.yaml) van en assets/decks; docs/decks.md explica cómo escribir uno.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Fix the deck to present it</source>
        <translation>Corrija la presentación para mostrarla</translation>
    </message>
    <message>
        <source>Tick at least one slide</source>
        <translation>Marque al menos una diapositiva</translation>
    </message>
    <message>
        <source>Present {chosen} of {count} slides</source>
        <translation>Presentar {chosen} de {count} diapositivas</translation>
    </message>
    <message>
        <source>Every problem, with what to do: {command}</source>
        <translation>Todos los problemas, con qué hacer: {command}</translation>
    </message>
    <message>
        <source>{slides} slides · {steps} steps</source>
        <translation>{slides} diapositivas · {steps} pasos</translation>
    </message>
    <message>
        <source>The animation is prepared when you present</source>
        <translation>La animación se prepara cuando presente</translation>
    </message>
    <message>
        <source>{count} steps</source>
        <translation>{count} pasos</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 paso</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Line {line}, {field}: {message} {hint}</source>
        <translation>Línea {line}, {field}: {message} {hint}</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… y {count} más.</translation>
    </message>
    <message>
        <source>Fix this in {path}, then open it again:</source>
        <translation>Corrija esto en {path} y vuelva a abrirla:</translation>
    </message>
    <message>
        <source>Fix these in {path}, then open it again:</source>
        <translation>Corrija esto en {path} y vuelva a abrirla:</translation>
    </message>
    <message>
        <source>{name} cannot be shown yet</source>
        <translation>{name} todavía no se puede mostrar</translation>
    </message>
    <message>
        <source>The presenter cannot start on this computer yet.</source>
        <translation>El presentador todavía no puede iniciarse en esta computadora.</translation>
    </message>
</context>
</TS>
